import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { TermChips } from "../../components/TermChips.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { useCompareSelection } from "../compare/useCompareSelection.ts";
import { Block } from "../translations/Block.tsx";
import { Place, yearsOf } from "./CaseList.tsx";
import { caseOptions } from "./queries.ts";

/** The case picked on the map or in the list: its gist, and the way to its full page. */
export function SelectedCase({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, tp } = useI18n();
  const query = useQuery(caseOptions(id));
  const { carry } = useCompareSelection();
  return (
    <section className="selected-case" aria-labelledby="selected-case-title" aria-live="polite">
      <button type="button" className="link-button close" onClick={onClose}>
        {t("selected.close")}
      </button>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} /> : null}
      {query.data ? (
        <>
          <h2 id="selected-case-title">
            <Block content={query.data.content} path="title">
              {query.data.title}
            </Block>
          </h2>
          <p className="meta">
            <Place c={query.data} />
            <span aria-hidden="true">{" · "}</span>
            <bdi>{yearsOf(query.data, t)}</bdi>
          </p>
          <Block as="p" content={query.data.content} path="summary">
            {query.data.summary}
          </Block>
          <TermChips scheme="phase" keys={query.data.phase} />
          <TermChips scheme="policyDomain" keys={query.data.policyDomain} />
          <p>
            <Link to={`/cases/${id}${carry}`}>{t("selected.open")}</Link>
            {` · ${tp("selected.sourceCount", query.data.sources.length)}`}
          </p>
          <AddToCompare id={id} title={query.data.title} />
        </>
      ) : null}
    </section>
  );
}
