import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../contribute/form-errors.ts";
import { login, meKey } from "./queries.ts";

/** Curators sign in with the address and password they set through their one-time link. */
export function LoginForm() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation({
    mutationFn: () => login(email, password),
    onSuccess: (signedIn) => client.setQueryData(meKey, signedIn),
  });
  const errors = errorsByPath(signIn.error);
  const whole = formError(signIn.error, errors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <form className="curate-login" onSubmit={submit}>
      <h1>{t("curate.login.title")}</h1>
      <p>{t("curate.login.intro")}</p>
      <Field label={t("curate.login.email")} error={errors.email}>
        {(p) => (
          <input
            {...p}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("curate.login.password")} error={errors.password}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <FormAlert message={whole} />
      <button type="submit" className="primary" disabled={signIn.isPending}>
        {t("curate.login.submit")}
      </button>
    </form>
  );
}
