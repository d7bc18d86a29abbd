import { useQuery } from "@tanstack/react-query";
import { type RefObject, useEffect, useRef } from "react";
import { Link } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { TermChips } from "../../components/TermChips.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { useCompareSelection } from "../compare/useCompareSelection.ts";
import { Block } from "../translations/Block.tsx";
import { Place, yearsOf } from "./CaseList.tsx";
import { caseOptions } from "./queries.ts";

/**
 * The case picked on the map or in the list: its gist, and the way to its full page. Picked from the list
 * ("Show on the map", `reveal` set), the map is scrolled into view and the focus goes to the case's title.
 */
export function SelectedCase({ id, onClose, reveal }: { id: string; onClose: () => void; reveal: RefObject<boolean> }) {
  const { t, tp } = useI18n();
  const query = useQuery(caseOptions(id));
  const { carry } = useCompareSelection();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!reveal.current || !query.data) return;
    reveal.current = false;
    heading.current?.focus({ preventScroll: true });
    document.querySelector(".case-map-frame")?.scrollIntoView({ block: "start" });
  }, [reveal, query.data]);
  const close = (
    <button type="button" className="link-button close" onClick={onClose}>
      {t("selected.close")}
    </button>
  );
  return (
    <section className="selected-case" aria-labelledby="selected-case-title" aria-live="polite">
      {query.data ? null : close}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} /> : null}
      {query.data ? (
        <>
          {/* The title wraps beside Close instead of running under it, whatever the language's direction. */}
          <div className="selected-case-head">
            <h2 id="selected-case-title" ref={heading} tabIndex={-1}>
              <Block content={query.data.content} path="title">
                {query.data.title}
              </Block>
            </h2>
            {close}
          </div>
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
