import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { Field } from "./Field.tsx";
import { FormError } from "./FormError.tsx";
import { joinWorkshop } from "./queries.ts";
import { storeSecret } from "./secrets.ts";

/** Join with the code the facilitator shared and a display name; the personal link is kept on this device. */
export function JoinForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const join = useMutation({
    mutationFn: () => joinWorkshop(code, name),
    onSuccess: (joined) => {
      storeSecret(joined.workshopId, joined.secret);
      navigate(`/w/${joined.workshopId}`);
    },
  });
  const errors = fieldErrors(join.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join.mutate();
  };
  return (
    <form className="ws-form" onSubmit={submit} aria-labelledby="join-heading">
      <h2 id="join-heading">{t("workshops.join.title")}</h2>
      <p className="muted">{t("workshops.join.intro")}</p>
      <Field label={t("workshops.join.code")} error={errors.code} hint={t("workshops.join.codeHint")}>
        {(props) => (
          <input
            {...props}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={40}
            className="ws-code-input"
          />
        )}
      </Field>
      <Field label={t("workshops.join.name")} error={errors.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} />}
      </Field>
      <FormError error={join.error} />
      <button type="submit" disabled={join.isPending}>
        {t("workshops.join.submit")}
      </button>
    </form>
  );
}
