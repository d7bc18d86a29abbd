/**
 * "A field is either sourced or empty" (issue #15): every year, status and fact-bearing text of a case or
 * currency names the source that gives it, that source is one the record cites, and a status carries the
 * year it was reported. Figures and relationships already require their sources in the schema.
 */
import type { AtlasData, DataProblem } from "./data-files.ts";

/** Fields that state a fact, and the field that must name the source giving it. */
interface FactRule {
  facts: readonly string[];
  source: string;
}

export const caseFactRules: readonly FactRule[] = [
  { facts: ["startYear", "startNote"], source: "startSource" },
  { facts: ["endYear"], source: "endSource" },
  { facts: ["status", "statusYear"], source: "statusSource" },
  { facts: ["outcomes"], source: "outcomesSources" },
  { facts: ["lessons"], source: "lessonsSources" },
];

export const currencyFactRules: readonly FactRule[] = [
  { facts: ["launchYear", "launchNote"], source: "launchSource" },
  { facts: ["endYear"], source: "endSource" },
  { facts: ["status", "statusYear"], source: "statusSource" },
];

type Fields = { id: string; sources: string[] } & Record<string, unknown>;

/** Every fact of every case and currency names its source, among the record's own sources. */
export function checkFactSources(data: AtlasData): DataProblem[] {
  return [
    ...data.cases.flatMap((c) => recordProblems(c as Fields, `data/cases/${c.id}.json`, caseFactRules)),
    ...data.currencies.flatMap((c) => recordProblems(c as Fields, `data/currencies/${c.id}.json`, currencyFactRules)),
  ];
}

function recordProblems(record: Fields, file: string, rules: readonly FactRule[]): DataProblem[] {
  const at = (field: string, message: string) => ({ file, record: record.id, field, message });
  const problems: DataProblem[] = [];
  for (const rule of rules) {
    const stated = rule.facts.filter((f) => record[f] !== undefined);
    const named = toIds(record[rule.source]);
    if (stated.length > 0 && named.length === 0) {
      problems.push(at(stated[0] as string, `needs its source: name it in ${rule.source}`));
    }
    if (stated.length === 0 && named.length > 0) {
      problems.push(at(rule.source, `names a source for ${rule.facts.join(" / ")}, which is empty`));
    }
    for (const id of named.filter((id) => !record.sources.includes(id))) {
      problems.push(at(rule.source, `"${id}" must also be listed in the record's sources`));
    }
  }
  if ((record.status === undefined) !== (record.statusYear === undefined)) {
    const missing = record.status === undefined ? "status" : "statusYear";
    problems.push(at(missing, "a status and the year it was reported go together"));
  }
  return problems;
}

function toIds(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? (value as string[]) : [];
}
