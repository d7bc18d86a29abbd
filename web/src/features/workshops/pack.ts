/**
 * The national-workshop pack's evidence cases: each case cited by the list once, numbered in the
 * order the steps first cite it, with the steps that cite it, its point and its sources. Pure.
 */
import type { Report } from "./queries.ts";

type Evidence = Report["steps"][number]["evidence"][number];

export interface PackCase {
  number: number;
  caseId: string | null;
  title: string;
  place: string;
  location: Evidence["location"];
  sources: Evidence["sources"];
  /** The numbers of the steps citing the case. */
  steps: number[];
}

/** A case that has left the atlas has no id any more: its title, as the step kept it, tells it apart. */
export const caseKey = (e: Pick<Evidence, "caseId" | "title">) => e.caseId ?? `title:${e.title}`;

export function toPackCases(report: Pick<Report, "steps">): PackCase[] {
  const cases = new Map<string, PackCase>();
  for (const step of report.steps) {
    for (const e of step.evidence) {
      const found = cases.get(caseKey(e));
      if (found) {
        if (!found.steps.includes(step.number)) found.steps.push(step.number);
        continue;
      }
      cases.set(caseKey(e), {
        number: cases.size + 1,
        caseId: e.caseId,
        title: e.title,
        place: e.place,
        location: e.location,
        sources: e.sources,
        steps: [step.number],
      });
    }
  }
  return [...cases.values()];
}
