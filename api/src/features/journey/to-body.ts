/**
 * The journey file as the API serves it in one language: texts picked out, concepts resolved to their
 * terms, examples joined to the cases as they are now (a case gone from the atlas drops out, and so
 * does coding it no longer carries, so the reason shown stays true), views with their labels and counts.
 */
import type { JourneyFile, JourneyStep, JourneyView } from "@atlas/db/journey";
import type { Locale, Scheme } from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import type { sourceRef } from "../sources/schema.ts";
import type { term } from "../vocabularies/schema.ts";
import type { Journey, JourneyStepBody } from "./schema.ts";

type Term = z.infer<typeof term>;
type SourceRef = z.infer<typeof sourceRef>;

export interface ExampleCase {
  id: string;
  title: string;
  /** The language the title is in: the reader's where translated, else English. */
  locale: Locale;
  country: string;
  city: string | null;
  startYear: number | null;
}

/** What the database holds for the journey's references, read by queries.ts. */
export interface JourneyLookups {
  terms: Record<Scheme, Term[]>;
  /** Records coded with each term, by `scheme:key`; schemes that code no record are absent. */
  termCounts: Map<string, number>;
  countedSchemes: Set<Scheme>;
  cases: Map<string, ExampleCase>;
  /** Every coding of the example cases, as `caseId:scheme:key`. */
  coding: Set<string>;
  sources: Map<string, SourceRef>;
  /** What each view shows, by `stepId:viewIndex`. */
  viewCounts: Map<string, number>;
}

export const viewKey = (stepId: string, index: number) => `${stepId}:${index}`;

export function toJourneyBody(file: JourneyFile, locale: Locale, lookups: JourneyLookups): Journey {
  return { ...toProvenance(file, locale, lookups), steps: file.steps.map((s) => toStepBody(s, locale, lookups)) };
}

export function toProvenance(file: JourneyFile, locale: Locale, lookups: JourneyLookups) {
  return {
    id: file.id,
    locale,
    title: file.title[locale],
    source: {
      document: file.source.document,
      language: file.source.language,
      sources: file.source.sources.flatMap((id) => lookups.sources.get(id) ?? []),
    },
    translation: { ...file.translation, reviewedBy: file.translation.reviewedBy ?? null },
  };
}

export function toStepBody(step: JourneyStep, locale: Locale, lookups: JourneyLookups): JourneyStepBody {
  const question = step.question?.[locale] ?? null;
  return {
    id: step.id,
    part: step.part,
    number: step.number ?? null,
    title: step.title[locale],
    theme: step.theme?.[locale] ?? null,
    question,
    framing: step.framing.map((p) => p[locale]),
    goals: step.goals.map((g) => g[locale]),
    reflection: step.reflection.map((r) => r[locale]),
    challenge: step.challenge?.[locale] ?? question ?? "",
    concepts: step.concepts.map((c) => toConcept(c, lookups)),
    examples: step.examples.flatMap((e) => toExample(e, lookups)),
    views: step.views.map((v, i) => toView(v, lookups, lookups.viewCounts.get(viewKey(step.id, i)) ?? 0)),
  };
}

function toConcept(concept: JourneyStep["concepts"][number], lookups: JourneyLookups) {
  const all = lookups.terms[concept.scheme];
  const chosen = concept.terms ? concept.terms.flatMap((key) => all.find((t) => t.key === key) ?? []) : all;
  const counted = lookups.countedSchemes.has(concept.scheme);
  return {
    scheme: concept.scheme,
    terms: chosen.map((t) => ({
      ...t,
      count: counted ? (lookups.termCounts.get(`${concept.scheme}:${t.key}`) ?? 0) : null,
    })),
  };
}

function toExample(example: JourneyStep["examples"][number], lookups: JourneyLookups) {
  const found = lookups.cases.get(example.case);
  if (!found) return [];
  const coding = example.coding
    .filter(({ scheme, key }) => lookups.coding.has(`${found.id}:${scheme}:${key}`))
    .map(({ scheme, key }) => ({ scheme, key, label: labelOf(lookups, scheme, key) }));
  return [{ case: found, coding }];
}

function toView(view: JourneyView, lookups: JourneyLookups, count: number) {
  return {
    page: view.page,
    filters: Object.entries(view.filters).map(([name, keys]) => ({
      name,
      values: (keys ?? []).map((key) => ({
        key,
        label: name === "country" ? key : labelOf(lookups, name as Scheme, key),
      })),
    })),
    graph: view.graph ?? null,
    count,
  };
}

function labelOf(lookups: JourneyLookups, scheme: Scheme, key: string): string {
  return lookups.terms[scheme]?.find((t) => t.key === key)?.label ?? key;
}
