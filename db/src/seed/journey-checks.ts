/**
 * Cross-file checks of data/journey.json: every case, term, filter value and source it names exists,
 * and every example really carries the coding it was chosen for, so the reason shown beside it is true.
 */
import type { Scheme } from "../schema.ts";
import type { AtlasData, DataProblem } from "./data-files.ts";
import type { JourneyFile, JourneyStep } from "./journey-schema.ts";

export const journeyPath = "data/journey.json";

export function checkJourneyReferences(data: AtlasData): DataProblem[] {
  const journey = data.journey;
  if (!journey) return [];
  const problems: DataProblem[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  for (const [i, id] of journey.source.sources.entries()) {
    if (!sourceIds.has(id))
      problems.push({ file: journeyPath, field: `source.sources.${i}`, message: `refers to unknown "${id}"` });
  }
  problems.push(...duplicates(journey));
  const terms = new Map<string, Set<string>>(
    data.vocabularies.map((v) => [v.scheme, new Set(v.terms.map((t) => t.key))]),
  );
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  for (const step of journey.steps) {
    const at = (field: string, message: string) =>
      problems.push({ file: journeyPath, record: step.id, field, message });
    checkConcepts(step, terms, at);
    checkExamples(step, cases, at);
    checkViews(step, terms, at);
  }
  return problems;
}

type Report = (field: string, message: string) => void;

function duplicates(journey: JourneyFile): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  for (const step of journey.steps) {
    const keys = [`id:${step.id}`, ...(step.number === undefined ? [] : [`number:${step.number}`])];
    for (const key of keys) {
      if (seen.has(key)) {
        problems.push({ file: journeyPath, record: step.id, field: key.split(":")[0], message: "duplicate" });
      }
      seen.add(key);
    }
  }
  return problems;
}

function checkConcepts(step: JourneyStep, terms: Map<string, Set<string>>, at: Report) {
  for (const [i, concept] of step.concepts.entries()) {
    const keys = terms.get(concept.scheme);
    if (!keys?.size) {
      at(`concepts.${i}.scheme`, `the ${concept.scheme} vocabulary has no terms`);
      continue;
    }
    for (const [j, key] of (concept.terms ?? []).entries()) {
      if (!keys.has(key)) at(`concepts.${i}.terms.${j}`, `"${key}" is not a term of the ${concept.scheme} vocabulary`);
    }
  }
}

function checkExamples(step: JourneyStep, cases: Map<string, AtlasData["cases"][number]>, at: Report) {
  const seen = new Set<string>();
  for (const [i, example] of step.examples.entries()) {
    const record = cases.get(example.case);
    if (seen.has(example.case)) at(`examples.${i}.case`, `"${example.case}" is already an example of this step`);
    seen.add(example.case);
    if (!record) {
      at(`examples.${i}.case`, `refers to unknown case "${example.case}"`);
      continue;
    }
    for (const [j, { scheme, key }] of example.coding.entries()) {
      if (!record[scheme].includes(key)) {
        at(`examples.${i}.coding.${j}`, `case "${example.case}" is not coded ${scheme} "${key}"`);
      }
    }
  }
}

function checkViews(step: JourneyStep, terms: Map<string, Set<string>>, at: Report) {
  for (const [i, view] of step.views.entries()) {
    for (const [name, values] of Object.entries(view.filters)) {
      if (name === "country") continue;
      const keys = terms.get(name as Scheme);
      for (const [j, key] of (values ?? []).entries()) {
        if (!keys?.has(key)) at(`views.${i}.filters.${name}.${j}`, `"${key}" is not a term of the ${name} vocabulary`);
      }
    }
  }
}
