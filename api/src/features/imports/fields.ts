/**
 * The fields an import fills, per kind of record, and what each holds: plain text, text that may be
 * HTML, a number, a year, a country, an address, or keys of a vocabulary (one or several). A field
 * whose values come from a closed list has a value target, under which its value mapping is kept.
 */
import { type CaseScheme, caseSchemes } from "@atlas/db/schema";

export const importKinds = ["case", "stakeholder"] as const;
export type ImportKind = (typeof importKinds)[number];

export type ValueTarget = "country" | "status" | "scale" | "stakeholderType" | "sseForm" | CaseScheme;

export type FieldType = "text" | "html" | "number" | "year" | "url" | "country" | "term" | "terms";

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  /** For countries and vocabularies: the value mapping the field's values go through. */
  target?: ValueTarget;
}

const place: FieldSpec[] = [
  { name: "city", type: "text" },
  { name: "latitude", type: "number" },
  { name: "longitude", type: "number" },
];

/** The row's own page on the platform it comes from (Participedia's `url`): cited as a further source. */
const sourceUrl: FieldSpec = { name: "sourceUrl", type: "url" };

export const fieldSpecs: Record<ImportKind, FieldSpec[]> = {
  stakeholder: [
    { name: "name", type: "text", required: true },
    { name: "type", type: "term", required: true, target: "stakeholderType" },
    { name: "sseForm", type: "term", target: "sseForm" },
    { name: "country", type: "country", target: "country" },
    ...place,
    { name: "website", type: "url" },
    { name: "description", type: "html" },
    sourceUrl,
  ],
  case: [
    { name: "title", type: "text", required: true },
    { name: "summary", type: "html", required: true },
    { name: "description", type: "html" },
    { name: "country", type: "country", required: true, target: "country" },
    { name: "region", type: "text" },
    ...place,
    { name: "startYear", type: "year" },
    { name: "endYear", type: "year" },
    { name: "status", type: "term", target: "status" },
    { name: "statusYear", type: "year" },
    { name: "scale", type: "term", target: "scale" },
    ...caseSchemes.map((scheme): FieldSpec => ({ name: scheme, type: "terms", target: scheme })),
    sourceUrl,
  ],
};

export function fieldSpec(kind: ImportKind, name: string): FieldSpec | undefined {
  return fieldSpecs[kind].find((f) => f.name === name);
}
