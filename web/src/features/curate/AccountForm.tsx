import type { FormEvent, ReactNode } from "react";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";

/**
 * The shell of the curator's account forms (sign in, set a password): a title, an introduction, the
 * fields, the error about the form as a whole and the submit button, unavailable while it runs.
 */
export function AccountForm({
  title,
  intro,
  onSubmit,
  error,
  submit,
  disabled,
  children,
}: {
  title: string;
  intro: ReactNode;
  onSubmit: () => void;
  error: string | undefined;
  submit: string;
  disabled: boolean;
  children: ReactNode;
}) {
  const send = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="curate-login" onSubmit={send}>
      <h1>{title}</h1>
      {intro}
      {children}
      <FormAlert message={error} />
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </form>
  );
}

/** A required address or password box, named for the browser's password manager by `autoComplete`. */
export function AccountField({
  label,
  hint,
  error,
  type,
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  error: string | undefined;
  type: "email" | "password";
  autoComplete: "username" | "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <input
          {...p}
          type={type}
          autoComplete={autoComplete}
          required
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
