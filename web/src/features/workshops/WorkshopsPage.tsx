import { useI18n } from "../../i18n/i18n.tsx";
import { CreateForm } from "./CreateForm.tsx";
import { JoinForm } from "./JoinForm.tsx";
import "./workshops.css";

/** Where a session starts: a facilitator creates a workshop, participants join one with its code. */
export function WorkshopsPage() {
  const { t } = useI18n();
  return (
    <div className="ws-landing">
      <h1>{t("workshops.title")}</h1>
      <p className="lead">{t("workshops.intro")}</p>
      <div className="ws-landing-grid">
        <JoinForm />
        <CreateForm />
      </div>
    </div>
  );
}
