import { type ReactNode, useId } from "react";

export type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
};

/**
 * A labelled control with a hint and the server's error for it underneath, announced and linked to it.
 * `prefix` names the feature's own classes (`im` gives im-field, im-hint, im-error), for features styled apart.
 */
export function Field({ label, error, hint, children, prefix }: FieldProps & { prefix?: string }) {
  const id = useId();
  const box = prefix ? `${prefix}-field` : "field";
  const part = prefix ?? "field";
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={box}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={`${id}-hint`} className={`${part}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={`${part}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
