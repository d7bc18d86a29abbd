/**
 * "Cases like my territory": a change-maker describes their place and aim and gets the cases ranked,
 * each saying why it matches and what differs, so the examples carried into a workshop are the right ones.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useCiteTitle } from "../cite/view-title.tsx";
import { comparePath } from "../compare/selection.ts";
import { MatchList } from "./MatchList.tsx";
import { parseProfile, toQuery } from "./profile.ts";
import { territoryOptions } from "./queries.ts";
import { TerritoryForm } from "./TerritoryForm.tsx";
import "./territory.css";
import { FormAlert } from "../../components/FormAlert.tsx";

export function TerritoryPage() {
  const { t, tp } = useI18n();
  const [params, setParams] = useSearchParams();
  const profile = useMemo(() => parseProfile(params), [params]);
  const query = useMemo(() => toQuery(profile), [profile]);
  const matches = useQuery(territoryOptions(query));
  useCiteTitle(t("territory.title"));
  const errors = fieldErrors(matches.error);
  const items = matches.data?.items ?? [];
  const top = items.slice(0, 3).map((m) => m.case.id);
  return (
    <article className="territory-page">
      <h1>{t("territory.title")}</h1>
      <p className="lead">{t("territory.intro")}</p>
      {/* A new URL (back, a shared link) starts the form afresh from it. */}
      <TerritoryForm
        key={params.toString()}
        profile={profile}
        errors={errors}
        onSubmit={(p) => setParams(toQuery(p))}
      />
      <section aria-labelledby="territory-results" aria-live="polite" aria-busy={matches.isFetching}>
        <h2 id="territory-results">{t("territory.results")}</h2>
        {Object.keys(query).length === 0 ? <p className="state">{t("territory.describe")}</p> : null}
        {matches.isPending && matches.fetchStatus === "fetching" ? <Loading /> : null}
        {matches.isError && Object.keys(errors).length === 0 ? (
          <ErrorState error={matches.error} onRetry={() => matches.refetch()} />
        ) : null}
        <FormAlert message={matches.isError && Object.keys(errors).length > 0 ? t("territory.fix") : undefined} />
        {matches.data ? (
          <>
            <p>{tp("territory.count", items.length)}</p>
            {matches.data.notes.map((note) => (
              <p key={note} className="muted">
                {t(`territory.note.${note}` as MessageKey)}
              </p>
            ))}
            {top.length >= 2 ? (
              <p>
                <Link to={comparePath(top)}>{t("territory.compareTop", { count: top.length })}</Link>
              </p>
            ) : null}
            {items.length ? <MatchList items={items} /> : <p className="state">{t("territory.none")}</p>}
            <Method weights={items[0]?.criteria ?? []} />
          </>
        ) : null}
      </section>
    </article>
  );
}

/** How the ranking is made, with the weights the answer used. */
function Method({ weights }: { weights: { criterion: string; weight: number }[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <details className="territory-method">
      <summary>{t("territory.method")}</summary>
      <p>{t("territory.methodText")}</p>
      <ul>
        {weights.map((w) => (
          <li key={w.criterion}>
            {t("territory.weight", {
              criterion: t(`territory.criterion.${w.criterion}` as MessageKey),
              weight: formatNumber(w.weight),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
