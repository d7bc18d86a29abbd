import { caseSchemes } from "@atlas/api/contract";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router";
import { SourceList } from "../../components/SourceList.tsx";
import { SourceRef, SourceRefs } from "../../components/SourceRef.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { TermChips } from "../../components/TermChips.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { statusText } from "../../lib/status.ts";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { useCompareSelection } from "../compare/useCompareSelection.ts";
import { SuggestCorrection } from "../contribute/SuggestCorrection.tsx";
import { Provenance } from "../history/Provenance.tsx";
import { Block } from "../translations/Block.tsx";
import { ContentNote } from "../translations/ContentNote.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { MetaPart, PlaceAndYears, placeOf } from "./CaseList.tsx";
import { PlaceNote } from "./PlaceNote.tsx";
import { type CaseDetail, caseOptions } from "./queries.ts";
import { SimilarCases } from "./SimilarCases.tsx";
import "./explore.css";
import { RecordDataLinks } from "../linked-data/RecordDataLinks.tsx";

const CaseMiniMap = lazy(() => import("./CaseMiniMap.tsx"));
const CaseNetwork = lazy(() => import("../network/CaseNetwork.tsx").then((m) => ({ default: m.CaseNetwork })));

/** Everything known about one case, and where each fact comes from. */
export function CasePage() {
  const { id = "" } = useParams();
  const { t, locale } = useI18n();
  // The language of the original while it is shown: English, or a contribution's own.
  const [original, setOriginal] = useState<Locale | null>(null);
  const query = useQuery(caseOptions(id, original ?? locale));
  const { carry } = useCompareSelection();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} page />;
  const c = query.data;
  const text = (path: string, value: string | null, as: "p" | "span" = "p", className?: string) =>
    value ? (
      <Block as={as} content={c.content} path={path} className={className}>
        {value}
      </Block>
    ) : null;
  return (
    <article className="case-page">
      <p className="breadcrumb">
        <Link to={`/${carry}`}>{t("nav.explore")}</Link>
      </p>
      <ContentNote
        content={c.content}
        showingOriginal={original !== null}
        onToggle={() => setOriginal((o) => (o ? null : c.content.original.lang))}
      />
      <CaseHeader c={c} />
      <p className="case-actions">
        <AddToCompare id={c.id} title={c.title} />
      </p>
      <RecordDataLinks kind="cases" id={c.id} />
      {c.latitude !== null && c.longitude !== null ? (
        <Suspense fallback={null}>
          <CaseMiniMap
            latitude={c.latitude}
            longitude={c.longitude}
            precision={c.locationPrecision}
            place={placeOf(c, locale)}
            note={c.locationNote}
          />
        </Suspense>
      ) : (
        <PlaceNote note={c.locationNote} />
      )}
      {text("summary", c.summary, "p", "lead")}
      {text("description", c.description)}
      <section aria-labelledby="typology-heading">
        <h2 id="typology-heading">{t("case.typology")}</h2>
        <dl className="typology">
          {caseSchemes.map((scheme) =>
            c[scheme].length ? (
              <div key={scheme}>
                <dt>{t(`scheme.${scheme}` as MessageKey)}</dt>
                <dd>
                  <TermChips scheme={scheme} keys={c[scheme]} />
                </dd>
              </div>
            ) : null,
          )}
        </dl>
        {c.codedBy ? (
          <p className="muted">
            {c.codedBy === "atlas-editors" ? t("case.codedByEditors") : t("case.codedBy", { who: c.codedBy })}
          </p>
        ) : null}
      </section>
      <TextSection id="outcomes" title={t("case.outcomes")} text={c.outcomes} c={c} sourceIds={c.outcomesSourceIds} />
      <TextSection id="lessons" title={t("case.lessons")} text={c.lessons} c={c} sourceIds={c.lessonsSourceIds} />
      <Stakeholders c={c} />
      {c.relatedCases.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("case.related")}</h2>
          <ul>
            {c.relatedCases.map((x) => (
              <li key={x.id}>
                <Link to={`/cases/${x.id}`}>
                  <bdi>{x.title}</bdi>
                </Link>
                {x.note ? (
                  <span className="muted">
                    {" — "}
                    {text(`relatedCases.${c.relatedCases.indexOf(x)}.note`, x.note, "span")}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.currencies.length ? (
        <section aria-labelledby="currencies-heading">
          <h2 id="currencies-heading">{t("case.currencies")}</h2>
          <ul>
            {c.currencies.map((x) => (
              <li key={x.id}>
                <Link to={`/currencies/${x.id}`}>{x.name}</Link>
                {x.note ? <span className="muted">{` — ${x.note}`}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sources.title")}</h2>
        <SourceList sources={c.sources} />
      </section>
      <SuggestCorrection kind="case" id={c.id} current={c} />
      <SimilarCases id={c.id} />
    </article>
  );
}

function CaseHeader({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  return (
    <header>
      <h1>
        <Block content={c.content} path="title">
          {c.title}
        </Block>
      </h1>
      <Provenance kind="case" id={c.id} />
      <p className="meta">
        <PlaceAndYears c={c} />
        {c.status ? (
          <MetaPart>
            <span>
              {statusText(t, c.status, c.statusYear)}
              <SourceRef id={c.statusSourceId} sources={c.sources} />
            </span>
          </MetaPart>
        ) : null}
        {c.scale ? (
          <MetaPart>
            <span>{t(`scale.${c.scale}` as MessageKey)}</span>
          </MetaPart>
        ) : null}
      </p>
      {c.framework ? <p className="note">{t("case.framework")}</p> : null}
      {c.startNote ? (
        <p className="muted">
          <Block content={c.content} path="startNote">
            {t("case.started", { note: c.startNote })}
          </Block>
          <SourceRef id={c.startSourceId} sources={c.sources} />
        </p>
      ) : null}
    </header>
  );
}

/** A reported text with the sources it draws on; nothing at all when no source reports one. */
function TextSection(props: { id: string; title: string; text: string | null; c: CaseDetail; sourceIds: string[] }) {
  const { id, title, text, c, sourceIds } = props;
  if (!text) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p>
        <Block content={c.content} path={id}>
          {text}
        </Block>
        <SourceRefs ids={sourceIds} sources={c.sources} />
      </p>
    </section>
  );
}

function Stakeholders({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { label } = useTerms();
  const name = new Map(c.participants.map((p) => [p.stakeholderId, p.name]));
  return (
    <section aria-labelledby="stakeholders-heading">
      <h2 id="stakeholders-heading">{t("case.stakeholders")}</h2>
      {c.participants.length === 0 ? <p className="muted">{t("case.unknown")}</p> : null}
      <p className="muted">{t("coding.stakeholders")}</p>
      {c.participants.length > 0 ? (
        <Suspense fallback={<Loading />}>
          <CaseNetwork caseId={c.id} />
        </Suspense>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("stakeholder.name")}</th>
            <th scope="col">{t("stakeholder.type")}</th>
            <th scope="col">{t("stakeholder.role")}</th>
          </tr>
        </thead>
        <tbody>
          {c.participants.map((p) => (
            <tr key={`${p.stakeholderId}-${p.role}`}>
              <td>
                <Link to={`/stakeholders/${p.stakeholderId}`}>{p.name}</Link>
              </td>
              <td>
                {[label("stakeholderType", p.type), p.sseForm ? label("sseForm", p.sseForm) : null]
                  .filter(Boolean)
                  .join(" — ")}
              </td>
              <td>{label("role", p.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.relationships.length ? (
        <>
          <h3>{t("case.relationships")}</h3>
          <ul className="relationships">
            {c.relationships.map((r, i) => (
              <li key={r.id}>
                <strong>{name.get(r.fromId) ?? r.fromId}</strong>
                {` ${r.directed ? "→" : "↔"} `}
                <strong>{name.get(r.toId) ?? r.toId}</strong>
                {`: ${label("relationshipType", r.type)}`}
                {r.planned ? <span className="tag">{` (${t("relationship.planned")})`}</span> : null}
                {r.basis ? (
                  <span className="muted">
                    {" — "}
                    <Block content={c.content} path={`relationships.${i}.basis`}>
                      {r.basis}
                    </Block>
                  </span>
                ) : null}
                <SourceRefs ids={r.sourceIds} sources={c.sources} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
