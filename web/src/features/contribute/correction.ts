/** What a correction may change on each kind of record, and how its typed value is sent. */
import { toSlug } from "@atlas/api/contract";
import { toNumber } from "./sources-draft.ts";

type FieldKind = "text" | "longText" | "year" | "status" | "scale";

export const correctableFields = {
  case: {
    title: "text",
    summary: "longText",
    description: "longText",
    region: "text",
    city: "text",
    startYear: "year",
    endYear: "year",
    status: "status",
    statusYear: "year",
    scale: "scale",
    outcomes: "longText",
    lessons: "longText",
  },
  stakeholder: { name: "text", description: "longText", city: "text", website: "text" },
  currency: {
    name: "text",
    summary: "longText",
    city: "text",
    launchYear: "year",
    endYear: "year",
    status: "status",
    statusYear: "year",
  },
} as const satisfies Record<string, Record<string, FieldKind>>;

export type CorrectableKind = keyof typeof correctableFields;

export const fieldKindOf = (kind: CorrectableKind, field: string): FieldKind =>
  (correctableFields[kind] as Record<string, FieldKind>)[field] ?? "text";

/** The value as the record holds it: a year is a number, an emptied field is removed (null). */
export function toCorrectionValue(kind: FieldKind, text: string): string | number | null {
  if (text.trim() === "") return null;
  return kind === "year" ? (toNumber(text) ?? null) : text.trim();
}

/** A source id for the correction's source, from its address; the server renames it if taken. */
export function correctionSourceId(url: string): string {
  let host = "";
  try {
    host = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    host = "";
  }
  return `${toSlug(host, 40) || "source"}-${Date.now().toString(36)}`;
}
