/** On the network page: who connects sectors, and which actors recur in most cases, as ranked lists. */
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { type RankedActor, toConnectors, toRecurring } from "./rankings.ts";
import "./patterns.css";

export function RankedLists({ nodes, bipartite }: { nodes: RankedActor[]; bipartite: boolean }) {
  const { t, tp } = useI18n();
  const connectors = toConnectors(nodes);
  const recurring = toRecurring(nodes);
  return (
    <div className="ranked-lists">
      <section aria-labelledby="connectors-heading">
        <h2 id="connectors-heading">{t("rankings.connectors")}</h2>
        <p className="muted">{t("rankings.connectorsNote")}</p>
        {bipartite ? <p className="muted">{t("rankings.connectorsBipartite")}</p> : null}
        {!bipartite && connectors.length === 0 ? <p>{t("rankings.none")}</p> : null}
        <ol>
          {connectors.map((n) => (
            <li key={n.id}>
              <Link to={`/stakeholders/${n.id}`}>{n.label}</Link>
              <span className="muted">
                {` — ${t("rankings.connectorsValue", { publicSocial: n.publicSocialBrokerage ?? 0, all: n.brokerage ?? 0 })}`}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="recurring-heading">
        <h2 id="recurring-heading">{t("rankings.recurring")}</h2>
        <p className="muted">{t("rankings.recurringNote")}</p>
        {recurring.length === 0 ? <p>{t("rankings.none")}</p> : null}
        <ol>
          {recurring.map((n) => (
            <li key={n.id}>
              <Link to={`/stakeholders/${n.id}`}>{n.label}</Link>
              <span className="muted">
                {` — ${tp("patterns.cases", n.caseIds.length)} · ${tp("rankings.countries", n.countries.length)}`}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
