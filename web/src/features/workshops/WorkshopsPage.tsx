import { useSearchParams } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { CreateForm } from "./CreateForm.tsx";
import { JoinForm } from "./JoinForm.tsx";
import "./workshops.css";

/** Where a session starts: a facilitator creates a workshop, participants join one with its code. */
export function WorkshopsPage() {
  const { t } = useI18n();
  // A journey step links here with the form prefilled (journey/links.ts).
  const [params] = useSearchParams();
  const prefill = {
    title: params.get("title") ?? undefined,
    challenge: params.get("challenge") ?? undefined,
    language: params.get("language") ?? undefined,
  };
  return (
    <div className="ws-landing">
      <h1>{t("workshops.title")}</h1>
      <p className="lead">{t("workshops.intro")}</p>
      <div className="ws-landing-grid">
        <JoinForm />
        <CreateForm prefill={prefill} />
      </div>
    </div>
  );
}
