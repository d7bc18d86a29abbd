/** Converts validated data records into table rows, one plain function per record kind. */
import { caseSchemes, type Locale } from "../schema.ts";
import { toSortKey } from "../sort-key.ts";
import type { AtlasData } from "./data-files.ts";
import type { CaseRecord, CurrencyRecord, StakeholderRecord } from "./data-schema.ts";

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

export function toStakeholderRows(s: StakeholderRecord) {
  const { sources, ...stakeholder } = s;
  const citations = sources.map((sourceId) => ({ entityId: s.id, sourceId }));
  return { stakeholder, citations };
}

export function toCaseRows(c: CaseRecord) {
  const {
    participants,
    relationships: links,
    sources,
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
    ...rest
  } = c;
  const row = {
    ...rest,
    startSourceId: startSource ?? null,
    endSourceId: endSource ?? null,
    statusSourceId: statusSource ?? null,
    outcomesSourceIds: outcomesSources ?? [],
    lessonsSourceIds: lessonsSources ?? [],
    sortTitle: toSortKey(c.title),
  };
  const terms = caseSchemes.flatMap((scheme) => c[scheme].map((key) => ({ caseId: c.id, scheme, key })));
  const participations = participants.map((p) => ({
    caseId: c.id,
    stakeholderId: p.stakeholder,
    role: p.role,
    note: p.note ?? null,
  }));
  const relationships = links.map((r) => ({
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
  }));
  const relationshipCitations = links.flatMap((r) =>
    r.sources.map((sourceId) => ({ entityId: toRelationshipId(c.id, r), sourceId })),
  );
  const citations = sources.map((sourceId) => ({ entityId: c.id, sourceId }));
  return { case: row, terms, participations, relationships, relationshipCitations, citations };
}

export function toCurrencyRows(c: CurrencyRecord) {
  const { figures: numbers, cases, stakeholders, sources, launchSource, endSource, statusSource, ...rest } = c;
  const currency = {
    ...rest,
    launchSourceId: launchSource ?? null,
    endSourceId: endSource ?? null,
    statusSourceId: statusSource ?? null,
  };
  const figures = numbers.map((f) => ({
    currencyId: c.id,
    metric: f.metric,
    value: f.value,
    unit: f.unit ?? null,
    year: f.year,
    note: f.note ?? null,
    sourceId: f.source,
  }));
  const caseLinks = cases.map((l) => ({ currencyId: c.id, caseId: l.case, note: l.note ?? null }));
  const stakeholderLinks = stakeholders.map((l) => ({ currencyId: c.id, stakeholderId: l.stakeholder, role: l.role }));
  const citations = sources.map((sourceId) => ({ entityId: c.id, sourceId }));
  return { currency, figures, caseLinks, stakeholderLinks, citations };
}
