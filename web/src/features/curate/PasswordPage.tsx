import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { AccountField, AccountForm } from "./AccountForm.tsx";
import { setPassword } from "./queries.ts";
import "./curate.css";

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
  const submit = () => {
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
    <AccountForm
      title={t("curate.password.title")}
      intro={
        token ? <p>{t("curate.password.intro")}</p> : <p className="field-error">{t("curate.password.noToken")}</p>
      }
      onSubmit={submit}
      error={formError(save.error, errors)}
      submit={t("curate.password.submit")}
      disabled={save.isPending || !token}
    >
      <AccountField
        label={t("curate.password.new")}
        hint={t("curate.password.hint")}
        error={errors.password}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setValue}
      />
      <AccountField
        label={t("curate.password.again")}
        error={mismatch ? t("curate.password.mismatch") : undefined}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
      />
    </AccountForm>
  );
}
