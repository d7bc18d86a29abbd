/**
 * The explore filters' own checks, the same as the API's (api/src/features/cases/schema.ts: q at most 200
 * characters, from not after to), made before anything is sent so a mistake reads as a mistake next to
 * its field, and the parameters an API 400 names, for a URL that carries a mistake already.
 */
import { ApiError } from "../../api.ts";

export const searchMaxLength = 200;

export type FilterField = "q" | "from" | "to";

/** Whether the year range can be applied: both years given and in order, or either one missing. */
export const yearsInOrder = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined || from <= to;

/** The explore fields a 400 from the cases API names, with its message. */
export function toFilterProblems(error: unknown): Partial<Record<FilterField, string>> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const problems: Partial<Record<FilterField, string>> = {};
  for (const detail of error.details) {
    const parameter = detail.parameter;
    if (parameter === "q" || parameter === "from" || parameter === "to") problems[parameter] = error.message;
  }
  return problems;
}
