/** One column per case, one row per aspect; values every case shares are marked. */
import { caseSchemes } from "@atlas/api/contract";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { statusText } from "../../lib/status.ts";
import { placeOf, yearsOf } from "../cases/CaseList.tsx";
import { Block } from "../translations/Block.tsx";
import { type Scheme, useTerms } from "../vocabularies/queries.ts";
import type { CaseProfile, Comparison } from "./queries.ts";

interface Props {
  comparison: Comparison;
  onRemove: (id: string) => void;
}

export function CompareTable({ comparison, onRemove }: Props) {
  const { t, locale, formatNumber } = useI18n();
  const { label } = useTerms();
  const { profiles } = comparison;
  const shared = new Set(comparison.shared.map((s) => `${s.scheme}:${s.key}`));
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const row = (heading: string, cell: (p: CaseProfile) => ReactNode, key = heading) => (
    <tr key={key}>
      <th scope="row">{heading}</th>
      {profiles.map((p) => (
        <td key={p.case.id}>{cell(p)}</td>
      ))}
    </tr>
  );
  const terms = (scheme: (typeof caseSchemes)[number]) => (p: CaseProfile) =>
    p.case[scheme].length === 0 ? (
      <span className="muted">{t("compare.notCoded")}</span>
    ) : (
      <ul className="chips">
        {p.case[scheme].map((key) => {
          const isShared = shared.has(`${scheme}:${key}`);
          return (
            <li key={key} className={isShared ? "chip chip-shared" : "chip"}>
              {label(scheme as Scheme, key)}
              {isShared ? <span className="shared-mark">{` ${t("compare.sharedMark")}`}</span> : null}
            </li>
          );
        })}
      </ul>
    );
  const text = (value: string | null) =>
    value ? <p>{value}</p> : <span className="muted">{t("compare.notReported")}</span>;
  return (
    <div className="compare-table-frame">
      <table className="table compare-table">
        <caption>{t("compare.tableCaption")}</caption>
        <thead>
          <tr>
            <td />
            {profiles.map((p) => (
              <th key={p.case.id} scope="col">
                <Link to={`/cases/${p.case.id}`}>
                  <Block content={p.case.content} path="title">
                    {p.case.title}
                  </Block>
                </Link>
                <button type="button" className="link-button no-print" onClick={() => onRemove(p.case.id)}>
                  {t("compare.remove")}
                  <span className="visually-hidden">: {p.case.title}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t("compare.place"), (p) => (
            <>
              {placeOf(p.case, locale)}
              {p.case.scale ? ` · ${t(`scale.${p.case.scale}` as MessageKey)}` : ""}
              {p.case.framework ? <p className="muted">{t("compare.framework")}</p> : null}
            </>
          ))}
          {row(t("compare.years"), (p) => (
            <>
              {yearsOf(p.case, t)}
              {p.case.status ? ` · ${statusText(t, p.case.status, p.case.statusYear)}` : ""}
            </>
          ))}
          {caseSchemes.map((scheme) => row(t(`scheme.${scheme}` as MessageKey), terms(scheme), scheme))}
          {row(t("compare.byType"), (p) => (
            <ul className="plain">
              {p.stakeholdersByType.map((s) => (
                <li key={s.type}>{`${label("stakeholderType", s.type)}: ${formatNumber(s.count)}`}</li>
              ))}
            </ul>
          ))}
          {row(t("compare.byRole"), (p) => (
            <ul className="plain">
              {p.case.participants.map((s) => (
                <li key={`${s.stakeholderId}-${s.role}`}>
                  <Link to={`/stakeholders/${s.stakeholderId}`}>{s.name}</Link>
                  {` — ${label("role", s.role)}`}
                </li>
              ))}
            </ul>
          ))}
          {row(t("compare.actorsTies"), (p) =>
            t("compare.actorsTiesValue", {
              actors: p.measures.actors,
              ties: p.measures.ties,
              density: decimal.format(p.measures.density),
            }),
          )}
          {row(t("compare.sectors"), (p) =>
            t("compare.sectorsValue", {
              public: percent.format(p.measures.sectorShare.public),
              social: percent.format(p.measures.sectorShare.social),
              other: percent.format(p.measures.sectorShare.other),
            }),
          )}
          {row(t("compare.brokers"), (p) =>
            p.measures.brokers.length ? (
              p.measures.brokers.map((b) => `${b.name} (${formatNumber(b.publicSocialBrokerage)})`).join("; ")
            ) : (
              <span className="muted">{t("compare.noBrokers")}</span>
            ),
          )}
          {row(t("case.outcomes"), (p) => text(p.case.outcomes))}
          {row(t("case.lessons"), (p) => text(p.case.lessons))}
          {row(t("sources.title"), (p) => (
            <ol className="compare-sources">
              {p.case.sources.map((s) => (
                <li key={s.id}>
                  <a href={s.url}>{s.title}</a>
                  {s.publisher ? <span className="muted">{` — ${s.publisher}`}</span> : null}
                </li>
              ))}
            </ol>
          ))}
        </tbody>
      </table>
    </div>
  );
}
