import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { placeOf } from "../cases/CaseList.tsx";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { Block } from "../translations/Block.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { type Criterion, type Point, toExplanation, toSummary } from "./explain.ts";
import { type TerritoryMatches, territoryRegionsOptions } from "./queries.ts";

type Match = TerritoryMatches["items"][number];

/** Names a criterion's values in the reader's language. */
function useValueNames() {
  const { t, locale } = useI18n();
  const { label } = useTerms();
  const regions = useQuery(territoryRegionsOptions()).data?.regions.map((r) => r.key) ?? [];
  const name = (criterion: Criterion["criterion"], value: string): string => {
    switch (criterion) {
      case "domain":
        return label("policyDomain", value);
      case "phase":
        return label("phase", value);
      case "partners":
        return value.startsWith("form:") ? label("sseForm", value.slice(5)) : label("stakeholderType", value);
      case "context":
        return regions.includes(value) ? t(`territory.region.${value}` as MessageKey) : countryName(value, locale);
      case "scale":
        return t(`scale.${value}` as MessageKey);
    }
  };
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  return { name, list };
}

/** The ranked cases, each with its score, a one-line summary, and what agrees and what differs. */
export function MatchList({ items }: { items: Match[] }) {
  return (
    <ol className="territory-matches">
      {items.map((m) => (
        <MatchItem key={m.case.id} match={m} />
      ))}
    </ol>
  );
}

function MatchItem({ match }: { match: Match }) {
  const { t, locale } = useI18n();
  const { name, list } = useValueNames();
  const criterionName = (c: Criterion["criterion"]) => t(`territory.criterion.${c}` as MessageKey);
  const lower = (s: string) => s.toLocaleLowerCase(locale);
  const summary = toSummary(match.criteria);
  const { agrees, differs } = toExplanation(match.criteria);
  const sentence = (() => {
    const same = list(summary.same.map((c) => lower(criterionName(c))));
    const other = list(summary.differs.map((c) => lower(criterionName(c))));
    if (summary.same.length && summary.differs.length) return t("territory.summary.both", { same, differs: other });
    if (summary.same.length) return t("territory.summary.same", { same });
    return t("territory.summary.differs", { differs: other });
  })();
  const say = (p: Point) => {
    const vars = { criterion: criterionName(p.criterion), values: list(p.values.map((v) => name(p.criterion, v))) };
    if (p.kind === "extra")
      return t(
        `territory.extra.${p.criterion === "domain" || p.criterion === "phase" ? "other" : p.criterion}` as MessageKey,
        vars,
      );
    return t(`territory.point.${p.kind}` as MessageKey, vars);
  };
  const percent = new Intl.NumberFormat(locale, { style: "percent" }).format(match.score);
  const headingId = `match-${match.case.id}`;
  return (
    <li className="territory-match" aria-labelledby={headingId}>
      <div className="territory-match-head">
        <h3 id={headingId}>
          <Link to={`/cases/${match.case.id}`}>
            <Block content={match.case.content} path="title">
              {match.case.title}
            </Block>
          </Link>
        </h3>
        <span className="territory-score">
          <meter min={0} max={1} value={match.score} aria-hidden="true" />
          {t("territory.score", { percent })}
        </span>
      </div>
      <p className="muted">{placeOf(match.case, locale)}</p>
      <p className="territory-summary">{sentence}</p>
      <div className="territory-points">
        {agrees.length ? (
          <div>
            <h4>{t("territory.agrees")}</h4>
            <ul>
              {agrees.map((p) => (
                <li key={`${p.kind}-${p.criterion}`}>{say(p)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {differs.length ? (
          <div>
            <h4>{t("territory.differs")}</h4>
            <ul>
              {differs.map((p) => (
                <li key={`${p.kind}-${p.criterion}`}>{say(p)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <AddToCompare id={match.case.id} title={match.case.title} />
    </li>
  );
}
