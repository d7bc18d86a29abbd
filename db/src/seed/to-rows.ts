/** Converts validated data records into table rows, one plain function per table group. */
import { caseSchemes, type Locale } from "../schema.ts";
import type { AtlasData } from "./data-files.ts";

/** A deterministic id, so re-seeding the same data gives a relationship the same id. */
export function toRelationshipId(caseId: string, r: { from: string; type: string; to: string }): string {
  return `${caseId}:${r.from}:${r.type}:${r.to}`;
}

export function toVocabularyRows(data: AtlasData) {
  const terms = data.vocabularies.flatMap((v) =>
    v.terms.map((t, position) => ({ scheme: v.scheme, key: t.key, position, sourceId: t.source })),
  );
  const labels = data.vocabularies.flatMap((v) =>
    v.terms.flatMap((t) =>
      (Object.keys(t.label) as Locale[]).map((locale) => ({
        scheme: v.scheme,
        key: t.key,
        locale,
        label: t.label[locale] as string,
        definition: t.definition[locale] ?? null,
      })),
    ),
  );
  return { terms, labels };
}

export function toStakeholderRows(data: AtlasData) {
  const stakeholders = data.stakeholders.map(({ sources: _s, ...s }) => s);
  const citations = data.stakeholders.flatMap((s) => s.sources.map((sourceId) => ({ entityId: s.id, sourceId })));
  return { stakeholders, citations };
}

export function toCaseRows(data: AtlasData) {
  const cases = data.cases.map(
    ({
      participants: _p,
      relationships: _r,
      sources: _s,
      phase: _1,
      level: _2,
      collaborationType: _3,
      policyDomain: _4,
      need: _5,
      doughnutDimension: _6,
      sseForm: _7,
      startSource,
      endSource,
      statusSource,
      outcomesSources,
      lessonsSources,
      ...c
    }) => ({
      ...c,
      startSourceId: startSource ?? null,
      endSourceId: endSource ?? null,
      statusSourceId: statusSource ?? null,
      outcomesSourceIds: outcomesSources ?? [],
      lessonsSourceIds: lessonsSources ?? [],
    }),
  );
  const terms = data.cases.flatMap((c) =>
    caseSchemes.flatMap((scheme) => c[scheme].map((key) => ({ caseId: c.id, scheme, key }))),
  );
  const participations = data.cases.flatMap((c) =>
    c.participants.map((p) => ({ caseId: c.id, stakeholderId: p.stakeholder, role: p.role, note: p.note ?? null })),
  );
  const relationships = data.cases.flatMap((c) =>
    c.relationships.map((r) => ({
      id: toRelationshipId(c.id, r),
      caseId: c.id,
      fromId: r.from,
      toId: r.to,
      type: r.type,
      directed: r.directed,
      startYear: r.startYear ?? null,
      endYear: r.endYear ?? null,
      basis: r.basis,
      planned: r.planned,
    })),
  );
  const relationshipCitations = data.cases.flatMap((c) =>
    c.relationships.flatMap((r) => r.sources.map((sourceId) => ({ entityId: toRelationshipId(c.id, r), sourceId }))),
  );
  const citations = data.cases.flatMap((c) => c.sources.map((sourceId) => ({ entityId: c.id, sourceId })));
  return { cases, terms, participations, relationships, relationshipCitations, citations };
}

export function toCurrencyRows(data: AtlasData) {
  const currencies = data.currencies.map(
    ({ figures: _f, cases: _c, stakeholders: _s, sources: _x, launchSource, endSource, statusSource, ...c }) => ({
      ...c,
      launchSourceId: launchSource ?? null,
      endSourceId: endSource ?? null,
      statusSourceId: statusSource ?? null,
    }),
  );
  let figureId = 0;
  const figures = data.currencies.flatMap((c) =>
    c.figures.map((f) => ({
      id: ++figureId,
      currencyId: c.id,
      metric: f.metric,
      value: f.value,
      unit: f.unit ?? null,
      year: f.year,
      note: f.note ?? null,
      sourceId: f.source,
    })),
  );
  const caseLinks = data.currencies.flatMap((c) =>
    c.cases.map((l) => ({ currencyId: c.id, caseId: l.case, note: l.note ?? null })),
  );
  const stakeholderLinks = data.currencies.flatMap((c) =>
    c.stakeholders.map((l) => ({ currencyId: c.id, stakeholderId: l.stakeholder, role: l.role })),
  );
  const citations = data.currencies.flatMap((c) => c.sources.map((sourceId) => ({ entityId: c.id, sourceId })));
  return { currencies, figures, caseLinks, stakeholderLinks, citations };
}
