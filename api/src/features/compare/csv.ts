/** A comparison as a spreadsheet: one row per attribute, one column per case, in the order asked. */
import { toCsv } from "../../http/csv.ts";
import type { CaseProfile, Comparison } from "./schema.ts";

type Cell = string | number | boolean | null;
const round = (n: number) => Math.round(n * 1000) / 1000;
const join = (values: string[]) => values.join("; ");

const rows: [string, (p: CaseProfile) => Cell][] = [
  ["title", (p) => p.case.title],
  ["country", (p) => p.case.country],
  ["region", (p) => p.case.region],
  ["city", (p) => p.case.city],
  ["scale", (p) => p.case.scale],
  ["framework", (p) => p.case.framework],
  ["start_year", (p) => p.case.startYear],
  ["end_year", (p) => p.case.endYear],
  ["status", (p) => p.case.status],
  ["status_year", (p) => p.case.statusYear],
  ["phase", (p) => join(p.case.phase)],
  ["level", (p) => join(p.case.level)],
  ["collaboration_type", (p) => join(p.case.collaborationType)],
  ["policy_domain", (p) => join(p.case.policyDomain)],
  ["need", (p) => join(p.case.need)],
  ["doughnut_dimension", (p) => join(p.case.doughnutDimension)],
  ["sse_form", (p) => join(p.case.sseForm)],
  ["stakeholders", (p) => join(p.case.participants.map((s) => `${s.name} (${s.type}, ${s.role})`))],
  ["stakeholders_by_type", (p) => join(p.stakeholdersByType.map((s) => `${s.type}: ${s.count}`))],
  ["stakeholders_by_role", (p) => join(p.stakeholdersByRole.map((s) => `${s.role}: ${s.count}`))],
  ["actors", (p) => p.measures.actors],
  ["ties", (p) => p.measures.ties],
  ["density", (p) => round(p.measures.density)],
  ["share_public", (p) => round(p.measures.sectorShare.public)],
  ["share_social", (p) => round(p.measures.sectorShare.social)],
  ["share_other", (p) => round(p.measures.sectorShare.other)],
  ["public_social_brokers", (p) => join(p.measures.brokers.map((b) => `${b.name} (${b.publicSocialBrokerage})`))],
  ["outcomes", (p) => p.case.outcomes],
  ["lessons", (p) => p.case.lessons],
  ["sources", (p) => join(p.case.sources.map((s) => s.url))],
];

export function toComparisonCsv(comparison: Comparison): string {
  const { profiles, dataset } = comparison;
  return toCsv([
    ["field", ...profiles.map((p) => p.case.id)],
    ...rows.map(([name, value]) => [name, ...profiles.map(value)]),
    ["dataset_version", ...profiles.map(() => dataset.label)],
  ]);
}
