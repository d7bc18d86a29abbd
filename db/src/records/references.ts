/**
 * Whether what a record refers to exists: sources, stakeholders, cases and vocabulary terms. The same
 * checks serve the data files (against the whole data) and proposals and imports (against the
 * database plus what the proposal brings), so a record is valid in one place exactly when in the other.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { caseSchemes, type Scheme } from "../schema.ts";
import type { DataProblem } from "../seed/data-files.ts";
import type { CaseRecord, CurrencyRecord, StakeholderRecord } from "../seed/data-schema.ts";

export interface ReferenceContext {
  sourceIds: Set<string>;
  stakeholderIds: Set<string>;
  caseIds: Set<string>;
  terms: Map<Scheme, Set<string>>;
}

/** What checking references needs of the ids: only whether one is known. */
export type KnownIds = Pick<ReadonlySet<string>, "has">;

/** A reference context as the checks read it, so a bundle can add its own ids without copying sets. */
export interface ReferenceChecks {
  sourceIds: KnownIds;
  stakeholderIds: KnownIds;
  caseIds: KnownIds;
  terms: ReferenceContext["terms"];
}

/** The ids of a set and a few more, without copying the set (a bundle's own sources and stakeholders). */
export function withIds(known: KnownIds, more: readonly string[]): KnownIds {
  return more.length === 0 ? known : { has: (id) => more.includes(id) || known.has(id) };
}

/** The ids and vocabulary keys published in the database. */
export async function readReferenceContext(db: Database): Promise<ReferenceContext> {
  const [sources, stakeholders, cases, terms] = await db.batch([
    db.all<{ id: string }>(sql`SELECT id FROM sources`),
    db.all<{ id: string }>(sql`SELECT id FROM stakeholders`),
    db.all<{ id: string }>(sql`SELECT id FROM cases`),
    db.all<{ scheme: Scheme; key: string }>(sql`SELECT scheme, key FROM terms`),
  ]);
  const termKeys = new Map<Scheme, Set<string>>();
  for (const t of terms) termKeys.set(t.scheme, (termKeys.get(t.scheme) ?? new Set()).add(t.key));
  return {
    sourceIds: new Set(sources.map((r) => r.id)),
    stakeholderIds: new Set(stakeholders.map((r) => r.id)),
    caseIds: new Set(cases.map((r) => r.id)),
    terms: termKeys,
  };
}

type At = { file: string; record: string };

function checker(ctx: ReferenceChecks, at: At, problems: DataProblem[]) {
  const ref = (ids: KnownIds, id: string | undefined, field: string) => {
    if (id !== undefined && !ids.has(id)) problems.push({ ...at, field, message: `refers to unknown "${id}"` });
  };
  return {
    ref,
    refs: (ids: KnownIds, list: string[], field: string) => {
      for (const [i, id] of list.entries()) ref(ids, id, `${field}.${i}`);
    },
    term: (scheme: Scheme, key: string | undefined, field: string) => {
      if (key !== undefined && !ctx.terms.get(scheme)?.has(key)) {
        problems.push({ ...at, field, message: `"${key}" is not a term of the ${scheme} vocabulary` });
      }
    },
  };
}

export function stakeholderReferenceProblems(ctx: ReferenceChecks, s: StakeholderRecord, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const { refs, term } = checker(ctx, { file, record: s.id }, problems);
  term("stakeholderType", s.type, "type");
  term("sseForm", s.sseForm, "sseForm");
  refs(ctx.sourceIds, s.sources, "sources");
  return problems;
}

/** A case's references; that related cases list it back is a check over the whole data (data-files.ts). */
export function caseReferenceProblems(ctx: ReferenceChecks, c: CaseRecord, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const { ref, refs, term } = checker(ctx, { file, record: c.id }, problems);
  for (const scheme of caseSchemes) {
    for (const [i, key] of c[scheme].entries()) term(scheme, key, `${scheme}.${i}`);
  }
  refs(ctx.sourceIds, c.sources, "sources");
  for (const field of ["startSource", "endSource", "statusSource"] as const) ref(ctx.sourceIds, c[field], field);
  for (const field of ["outcomesSources", "lessonsSources"] as const) refs(ctx.sourceIds, c[field] ?? [], field);
  for (const [i, link] of c.relatedCases.entries()) {
    if (link.case === c.id) {
      problems.push({
        file,
        record: c.id,
        field: `relatedCases.${i}.case`,
        message: "a case cannot be related to itself",
      });
    } else ref(ctx.caseIds, link.case, `relatedCases.${i}.case`);
  }
  const taking = new Set(c.participants.map((p) => p.stakeholder));
  for (const [i, p] of c.participants.entries()) {
    ref(ctx.stakeholderIds, p.stakeholder, `participants.${i}.stakeholder`);
    term("role", p.role, `participants.${i}.role`);
  }
  for (const [i, r] of c.relationships.entries()) {
    const at = `relationships.${i}`;
    for (const end of ["from", "to"] as const) {
      if (!taking.has(r[end])) {
        problems.push({
          file,
          record: c.id,
          field: `${at}.${end}`,
          message: `"${r[end]}" is not a participant of this case`,
        });
      }
    }
    term("relationshipType", r.type, `${at}.type`);
    refs(ctx.sourceIds, r.sources, `${at}.sources`);
  }
  return problems;
}

export function currencyReferenceProblems(ctx: ReferenceChecks, c: CurrencyRecord, file: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const { ref, refs, term } = checker(ctx, { file, record: c.id }, problems);
  term("currencyModel", c.model, "model");
  term("currencyGovernance", c.governance, "governance");
  refs(ctx.sourceIds, c.sources, "sources");
  for (const field of ["launchSource", "endSource", "statusSource"] as const) ref(ctx.sourceIds, c[field], field);
  for (const [i, f] of c.figures.entries()) ref(ctx.sourceIds, f.source, `figures.${i}.source`);
  for (const [i, l] of c.cases.entries()) ref(ctx.caseIds, l.case, `cases.${i}.case`);
  for (const [i, l] of c.stakeholders.entries()) {
    ref(ctx.stakeholderIds, l.stakeholder, `stakeholders.${i}.stakeholder`);
    term("role", l.role, `stakeholders.${i}.role`);
  }
  return problems;
}
