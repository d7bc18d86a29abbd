/**
 * Patterns across the matching cases, below the map: four charts that follow the filters and set them
 * when pressed, so the map, the list and the network narrow with them. Each has a text summary and
 * its numbers as a table.
 */
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { type ExploreState, toCaseFilters } from "../cases/url-state.ts";
import { type Scheme, useTerms } from "../vocabularies/queries.ts";
import { DataTable } from "./DataTable.tsx";
import { HeatMatrix } from "./HeatMatrix.tsx";
import { type Cell, type Matrix, peakYear, toMatrix, topCell, toYearSeries } from "./matrix.ts";
import { patternsOptions } from "./queries.ts";
import { YearBars } from "./YearBars.tsx";
import "./patterns.css";

interface Props {
  state: ExploreState;
  update: (change: (s: ExploreState) => ExploreState) => void;
}

const transpose = (cells: Cell[]) => cells.map((c) => ({ row: c.column, column: c.row, count: c.count }));
const only = (values: string[], value: string) => values.length === 1 && values[0] === value;

export default function PatternsPanel({ state, update }: Props) {
  const { t, tp, locale } = useI18n();
  const { label, vocabularies } = useTerms();
  const query = useQuery(patternsOptions(toCaseFilters(state)));
  const order = (scheme: Scheme) => vocabularies?.schemes[scheme]?.map((term) => term.key) ?? [];
  const term = (scheme: Scheme) => (key: string) => label(scheme, key);
  const country = (code: string) => countryName(code, locale);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const data = query.data;
  const countries = [...new Set(data.collaborationByCountry.map((c) => c.column))].sort((a, b) =>
    country(a).localeCompare(country(b), locale),
  );
  const domainPhase = toMatrix(transpose(data.phaseByDomain), order("policyDomain"), order("phase"));
  const countryCollaboration = toMatrix(transpose(data.collaborationByCountry), countries, order("collaborationType"));
  const roleType = toMatrix(data.rolesByType, order("role"), order("stakeholderType"));
  const years = toYearSeries(data.startedPerYear);
  const peak = peakYear(years);
  const cases = (count: number) => tp("patterns.cases", count);

  const summary = (m: Matrix, row: (k: string) => string, column: (k: string) => string, rows: string) => {
    const top = topCell(m);
    return [
      top
        ? t("patterns.summary.top", { row: row(top.row), column: column(top.column), cases: cases(top.count) })
        : null,
      m.emptyRows.length
        ? t("patterns.summary.empty", {
            what: rows,
            count: m.emptyRows.length,
            total: m.emptyRows.length + m.rows.length,
          })
        : null,
    ]
      .filter(Boolean)
      .join(" ");
  };

  return (
    <section className="patterns" aria-labelledby="patterns-heading">
      <h2 id="patterns-heading">{t("patterns.title")}</h2>
      <p className="muted">{t("patterns.intro")}</p>
      <Chart
        id="phase-domain"
        title={t("patterns.phaseDomain")}
        summary={summary(domainPhase, term("policyDomain"), term("phase"), t("patterns.rows.domains"))}
      >
        <HeatMatrix
          matrix={domainPhase}
          caption={t("patterns.phaseDomain")}
          rowHeading={t("filters.policyDomain")}
          rowLabel={term("policyDomain")}
          columnLabel={term("phase")}
          cellLabel={(domain, phase, n) =>
            t("patterns.cell", { row: label("policyDomain", domain), column: label("phase", phase), cases: cases(n) })
          }
          isSelected={(domain, phase) => only(state.filters.policyDomain, domain) && only(state.filters.phase, phase)}
          onSelect={(domain, phase) =>
            update((s) => {
              const on = only(s.filters.policyDomain, domain) && only(s.filters.phase, phase);
              return { ...s, filters: { ...s.filters, policyDomain: on ? [] : [domain], phase: on ? [] : [phase] } };
            })
          }
        />
        <DataTable
          matrix={domainPhase}
          caption={t("patterns.phaseDomain")}
          rowHeading={t("filters.policyDomain")}
          rowLabel={term("policyDomain")}
          columnLabel={term("phase")}
        />
      </Chart>
      <Chart
        id="collaboration-country"
        title={t("patterns.collaborationCountry")}
        summary={summary(countryCollaboration, country, term("collaborationType"), t("patterns.rows.countries"))}
      >
        <HeatMatrix
          matrix={countryCollaboration}
          caption={t("patterns.collaborationCountry")}
          rowHeading={t("filters.country")}
          rowLabel={country}
          columnLabel={term("collaborationType")}
          cellLabel={(code, type, n) =>
            t("patterns.cell", { row: country(code), column: label("collaborationType", type), cases: cases(n) })
          }
          isSelected={(code, type) => only(state.filters.country, code) && only(state.filters.collaborationType, type)}
          onSelect={(code, type) =>
            update((s) => {
              const on = only(s.filters.country, code) && only(s.filters.collaborationType, type);
              return {
                ...s,
                filters: { ...s.filters, country: on ? [] : [code], collaborationType: on ? [] : [type] },
              };
            })
          }
        />
        <DataTable
          matrix={countryCollaboration}
          caption={t("patterns.collaborationCountry")}
          rowHeading={t("filters.country")}
          rowLabel={country}
          columnLabel={term("collaborationType")}
        />
      </Chart>
      <Chart
        id="started"
        title={t("patterns.started")}
        summary={[
          years.length && peak
            ? t("patterns.summary.years", {
                first: String(years[0]?.year),
                last: String(years.at(-1)?.year),
                peak: String(peak.year),
                cases: cases(peak.count),
              })
            : t("patterns.summary.noYears"),
          data.startUnknown ? tp("patterns.summary.unknownStart", data.startUnknown) : null,
        ]
          .filter(Boolean)
          .join(" ")}
      >
        <YearBars
          series={years}
          selected={state.started}
          onSelect={(year) =>
            update((s) => ({
              ...s,
              started: s.started?.from === year && s.started.to === year ? undefined : { from: year, to: year },
            }))
          }
        />
        <details className="chart-table">
          <summary>{t("patterns.showTable")}</summary>
          <table className="table">
            <caption className="visually-hidden">{t("patterns.started")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("patterns.year")}</th>
                <th scope="col">{t("patterns.casesStarted")}</th>
              </tr>
            </thead>
            <tbody>
              {data.startedPerYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{String(y.year)}</th>
                  <td>{y.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </Chart>
      <Chart
        id="roles"
        title={t("patterns.roles")}
        summary={summary(roleType, term("role"), term("stakeholderType"), t("patterns.rows.roles"))}
      >
        <HeatMatrix
          matrix={roleType}
          caption={t("patterns.roles")}
          rowHeading={t("stakeholder.role")}
          rowLabel={term("role")}
          columnLabel={term("stakeholderType")}
          cellLabel={(role, type, n) =>
            t("patterns.cell", { row: label("role", role), column: label("stakeholderType", type), cases: cases(n) })
          }
          isSelected={(role, type) => only(state.participation, `${type}:${role}`)}
          onSelect={(role, type) =>
            update((s) => ({
              ...s,
              participation: only(s.participation, `${type}:${role}`) ? [] : [`${type}:${role}`],
            }))
          }
        />
        <DataTable
          matrix={roleType}
          caption={t("patterns.roles")}
          rowHeading={t("stakeholder.role")}
          rowLabel={term("role")}
          columnLabel={term("stakeholderType")}
        />
      </Chart>
    </section>
  );
}

function Chart({ id, title, summary, children }: { id: string; title: string; summary: string; children: ReactNode }) {
  return (
    <section className="chart" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      {children}
    </section>
  );
}
