/** Two to four cases side by side, kept in the URL (`/compare?cases=a,b,c`), printable and exportable. */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCiteTitle } from "../cite/view-title.tsx";
import { CasePicker } from "./CasePicker.tsx";
import { CompareGraphs } from "./CompareGraphs.tsx";
import { CompareTable } from "./CompareTable.tsx";
import { DifferenceList } from "./DifferenceList.tsx";
import { comparisonOptions } from "./queries.ts";
import { parseCompare, toggleCompare } from "./selection.ts";
import "./compare.css";

export function ComparePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const ids = useMemo(() => parseCompare(params, "cases"), [params]);
  const query = useQuery(comparisonOptions(ids));
  const setIds = (next: string[]) => setParams(next.length ? { cases: next.join(",") } : {});
  const titles = query.data?.profiles.map((p) => p.case.title) ?? [];
  useCiteTitle(titles.length ? `${t("compare.title")}: ${titles.join(" · ")}` : null);
  const exportQuery = `cases=${ids.join(",")}`;
  return (
    <article className="compare-page">
      <h1>{t("compare.title")}</h1>
      <p className="lead no-print">{t("compare.intro")}</p>
      <CasePicker ids={ids} onAdd={(id) => setIds(toggleCompare(ids, id))} />
      {ids.length < 2 ? <p className="state">{t("compare.needTwo")}</p> : null}
      {query.isPending && ids.length >= 2 ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? (
        <>
          <p className="downloads no-print">
            {t("results.download")}{" "}
            <a href={`/api/compare.csv?${exportQuery}`} download>
              {t("results.csv")}
            </a>
            {" · "}
            <a href={`/api/compare?${exportQuery}`} download="atlas-comparison.json">
              {t("compare.json")}
            </a>
            {" · "}
            <button type="button" className="link-button" onClick={() => window.print()}>
              {t("compare.print")}
            </button>
          </p>
          <DifferenceList comparison={query.data} />
          <CompareTable comparison={query.data} onRemove={(id) => setIds(ids.filter((x) => x !== id))} />
          <CompareGraphs profiles={query.data.profiles} />
        </>
      ) : null}
    </article>
  );
}
