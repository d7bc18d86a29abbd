import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "react-router";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../contribute/form-errors.ts";
import { setPassword } from "./queries.ts";
import "./curate.css";
import { FormAlert } from "../../components/FormAlert.tsx";

/** A curator sets their password with the one-time link an admin (or the command line) gave them. */
export function PasswordPage() {
  const { t } = useI18n();
  const { hash } = useLocation();
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
  const [password, setValue] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const save = useMutation({ mutationFn: () => setPassword(token, password) });
  const errors = errorsByPath(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== again);
    if (password === again) save.mutate();
  };
  if (save.isSuccess) {
    return (
      <section className="curate-login" role="status">
        <h1>{t("curate.password.done")}</h1>
        <p>
          <Link to="/curate">{t("curate.password.signIn")}</Link>
        </p>
      </section>
    );
  }
  return (
    <form className="curate-login" onSubmit={submit}>
      <h1>{t("curate.password.title")}</h1>
      {token ? <p>{t("curate.password.intro")}</p> : <p className="field-error">{t("curate.password.noToken")}</p>}
      <Field label={t("curate.password.new")} hint={t("curate.password.hint")} error={errors.password}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("curate.password.again")} error={mismatch ? t("curate.password.mismatch") : undefined}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        )}
      </Field>
      <FormAlert message={formError(save.error, errors)} />
      <button type="submit" className="primary" disabled={save.isPending || !token}>
        {t("curate.password.submit")}
      </button>
    </form>
  );
}
