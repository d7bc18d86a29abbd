import { Link, useSearchParams } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { CaseForm } from "./CaseForm.tsx";
import { RecordForm } from "./RecordForm.tsx";
import { rememberedProposals } from "./remembered.ts";
import "./contribute.css";

const kinds = ["case", "stakeholder", "currency"] as const;
type Kind = (typeof kinds)[number];

/** Anyone proposes a case, a stakeholder or a currency initiative; curators review it before it is published. */
export function ContributePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind: Kind = kinds.find((k) => k === params.get("kind")) ?? "case";
  return (
    <article className="contribute-page">
      <h1>{t("contribute.title")}</h1>
      <p className="lead">{t("contribute.intro")}</p>
      <fieldset className="kind-switch">
        <legend>{t("contribute.kind.legend")}</legend>
        {kinds.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setParams(k === "case" ? {} : { kind: k }, { replace: true })}
            />
            {t(`contribute.kind.${k}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {kind === "case" ? <CaseForm /> : <RecordForm key={kind} kind={kind} />}
      <YourProposals />
    </article>
  );
}

/** The proposals sent from this browser, with their private links. */
function YourProposals() {
  const { t, formatDate } = useI18n();
  const mine = rememberedProposals();
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="mine-heading" className="your-proposals">
      <h2 id="mine-heading">{t("contribute.mine.title")}</h2>
      <ul>
        {mine.map((p) => (
          <li key={p.id}>
            <Link to={`/contribute/${p.id}#k=${p.secret}`}>{p.title || p.id}</Link>
            <span className="muted">{` · ${formatDate(p.sentAt)}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
