/**
 * A proposed case as the guided form holds it (text boxes, picked stakeholders, sources by key) and
 * its translation into the bundle the API validates with the data files' own schema.
 */
import { caseSchemes, toSlug } from "@atlas/api/contract";
import { toIdSlug } from "../../lib/slug.ts";
import { newKey, optional, type SourceDraft, sourceId, toNumber, toSourceRecord } from "./sources-draft.ts";

export type CaseScheme = (typeof caseSchemes)[number];

export interface PlaceDraft {
  country: string;
  region: string;
  city: string;
  latitude: string;
  longitude: string;
  locationPrecision: string;
}

/** A stakeholder taking part: one the atlas has (`existingId`) or a new one described here. */
export interface ParticipantDraft {
  key: string;
  existingId: string | null;
  name: string;
  type: string;
  country: string;
  city: string;
  website: string;
  role: string;
  note: string;
}

export interface RelationshipDraft {
  key: string;
  from: string;
  to: string;
  type: string;
  basis: string;
  startYear: string;
  sources: string[];
}

export interface CaseDraft {
  /** The language the texts are written in; empty until chosen: the reader's language. */
  language: string;
  title: string;
  summary: string;
  description: string;
  place: PlaceDraft;
  startYear: string;
  status: string;
  statusYear: string;
  scale: string;
  typology: Record<CaseScheme, string[]>;
  participants: ParticipantDraft[];
  relationships: RelationshipDraft[];
  sources: SourceDraft[];
}

export const emptyPlace = (): PlaceDraft => ({
  country: "",
  region: "",
  city: "",
  latitude: "",
  longitude: "",
  locationPrecision: "",
});

export const emptyCaseDraft = (): CaseDraft => ({
  language: "",
  title: "",
  summary: "",
  description: "",
  place: emptyPlace(),
  startYear: "",
  status: "",
  statusYear: "",
  scale: "",
  typology: Object.fromEntries(caseSchemes.map((s) => [s, []])) as unknown as Record<CaseScheme, string[]>,
  participants: [],
  relationships: [],
  sources: [],
});

export const newParticipant = (existing?: { id: string; name: string; type: string }): ParticipantDraft => ({
  key: newKey(),
  existingId: existing?.id ?? null,
  name: existing?.name ?? "",
  type: existing?.type ?? "",
  country: "",
  city: "",
  website: "",
  role: "",
  note: "",
});

export const newRelationship = (sources: SourceDraft[]): RelationshipDraft => ({
  key: newKey(),
  from: "",
  to: "",
  type: "",
  basis: "",
  startYear: "",
  sources: sources[0] ? [sources[0].key] : [],
});

/** The record's `language` field: absent for English, the atlas's default. */
export const languageField = (language: string) => (language && language !== "en" ? language : undefined);

/** The place fields of a record, coordinates as numbers and only when both are given. */
export function toPlaceFields(place: PlaceDraft) {
  return {
    country: place.country.trim().toUpperCase(),
    region: optional(place.region),
    city: optional(place.city),
    latitude: toNumber(place.latitude),
    longitude: toNumber(place.longitude),
    locationPrecision: optional(place.locationPrecision),
  };
}

/**
 * The bundle to propose, and where each of its paths comes from in the form, so the server's errors
 * (by bundle path) land next to the field that caused them.
 */
export function toCaseBundle(draft: CaseDraft) {
  const id = toIdSlug(draft.title, "case");
  const sourceIds = new Map(draft.sources.map((s, i) => [s.key, sourceId(id, i)]));
  const allSources = [...sourceIds.values()];
  const newOnes = draft.participants.filter((p) => p.existingId === null);
  const stakeholderIds = new Map<string, string>();
  for (const p of draft.participants) {
    stakeholderIds.set(p.key, p.existingId ?? uniqueId(toIdSlug(p.name, "stakeholder"), stakeholderIds));
  }
  const ref = (key: string) => stakeholderIds.get(key) ?? key;
  const language = languageField(draft.language);
  const record = {
    id,
    language,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: optional(draft.description),
    ...toPlaceFields(draft.place),
    startYear: toNumber(draft.startYear),
    status: optional(draft.status),
    statusYear: draft.status ? toNumber(draft.statusYear) : undefined,
    scale: optional(draft.scale),
    ...Object.fromEntries(caseSchemes.map((s) => [s, draft.typology[s]])),
    participants: draft.participants.map((p) => ({ stakeholder: ref(p.key), role: p.role, note: optional(p.note) })),
    relationships: draft.relationships.map((r) => ({
      from: ref(r.from),
      to: ref(r.to),
      type: r.type,
      basis: r.basis.trim(),
      startYear: toNumber(r.startYear),
      sources: r.sources.flatMap((k) => sourceIds.get(k) ?? []),
    })),
    sources: allSources,
  };
  const stakeholders = newOnes.map((p) => ({
    id: ref(p.key),
    name: p.name.trim(),
    type: p.type,
    country: optional(p.country.toUpperCase()) ?? record.country,
    city: optional(p.city),
    website: optional(p.website),
    language,
    // A new stakeholder is documented by the sources that tell of the case it takes part in.
    sources: allSources,
  }));
  const sources = draft.sources.map((s, i) => toSourceRecord(s, sourceId(id, i)));
  return { bundle: { record, stakeholders, sources }, formPaths: formPathsOf(draft, newOnes) };
}

function uniqueId(wanted: string, taken: Map<string, string>): string {
  const used = new Set(taken.values());
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** Bundle path prefix → form field prefix, for the parts whose order differs between the two. */
function formPathsOf(draft: CaseDraft, newOnes: ParticipantDraft[]): Map<string, string> {
  return new Map([
    ...newOnes.map((p, i) => [`stakeholders.${i}`, `participants.${p.key}`] as const),
    ...draft.participants.map((p, i) => [`record.participants.${i}`, `participants.${p.key}`] as const),
    ...draft.relationships.map((r, i) => [`record.relationships.${i}`, `relationships.${r.key}`] as const),
    ...draft.sources.map((s, i) => [`sources.${i}`, `sources.${s.key}`] as const),
  ]);
}

/** The slug the title will give the case, shown so the proposer knows its address. */
export const caseIdOf = (title: string) => toSlug(title);
