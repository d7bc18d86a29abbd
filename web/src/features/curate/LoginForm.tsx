import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { AccountField, AccountForm } from "./AccountForm.tsx";
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
  return (
    <AccountForm
      title={t("curate.login.title")}
      intro={<p>{t("curate.login.intro")}</p>}
      onSubmit={() => signIn.mutate()}
      error={formError(signIn.error, errors)}
      submit={t("curate.login.submit")}
      disabled={signIn.isPending}
    >
      <AccountField
        label={t("curate.login.email")}
        error={errors.email}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
      />
      <AccountField
        label={t("curate.login.password")}
        error={errors.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
    </AccountForm>
  );
}
