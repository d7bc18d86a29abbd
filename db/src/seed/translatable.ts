/**
 * Which strings of a record are content to translate, each named by its field. Names of organisations
 * and currencies stay as they are; curators' notes (locationNote, codedBy) are not content.
 */
import type { TranslationLocale } from "../schema.ts";
import type { CaseRecord, CurrencyRecord, StakeholderRecord } from "./data-schema.ts";

export const translatableKinds = ["cases", "currencies", "stakeholders"] as const;
export type TranslatableKind = (typeof translatableKinds)[number];

export interface TranslatableString {
  field: string;
  en: string;
}

type Maybe = string | undefined;

function collect(pairs: [string, Maybe][]): TranslatableString[] {
  return pairs.flatMap(([field, en]) => (en === undefined ? [] : [{ field, en }]));
}

export function caseStrings(c: CaseRecord): TranslatableString[] {
  return collect([
    ["title", c.title],
    ["summary", c.summary],
    ["description", c.description],
    ["outcomes", c.outcomes],
    ["lessons", c.lessons],
    ["startNote", c.startNote],
    ["region", c.region],
    ["city", c.city],
    ...c.participants.map((p): [string, Maybe] => [`participants.${p.stakeholder}.${p.role}.note`, p.note]),
    ...c.relationships.map((r): [string, Maybe] => [`relationships.${r.from}.${r.type}.${r.to}.basis`, r.basis]),
    ...c.relatedCases.map((l): [string, Maybe] => [`relatedCases.${l.case}.note`, l.note]),
  ]);
}

export function currencyStrings(c: CurrencyRecord): TranslatableString[] {
  return collect([
    ["summary", c.summary],
    ["launchNote", c.launchNote],
    ["unitOfAccount", c.unitOfAccount],
    ["issuance", c.issuance],
    ["backing", c.backing],
    ["demurrage", c.demurrage],
    ["legalForm", c.legalForm],
    ["region", c.region],
    ["city", c.city],
    ...c.figures.flatMap((f, i): [string, Maybe][] => [
      [`figures.${i}.unit`, f.unit],
      [`figures.${i}.note`, f.note],
    ]),
    ...c.cases.map((l): [string, Maybe] => [`cases.${l.case}.note`, l.note]),
  ]);
}

export function stakeholderStrings(s: StakeholderRecord): TranslatableString[] {
  return collect([
    ["description", s.description],
    ["city", s.city],
  ]);
}

/** Each English string once, in the order it first stands in the record: one translation serves every place. */
export function uniqueStrings(strings: TranslatableString[]): TranslatableString[] {
  const seen = new Set<string>();
  return strings.filter((s) => !seen.has(s.en) && seen.add(s.en));
}

/** Where the translations of a record live, relative to the repository: one file per record, stakeholders together. */
export function translationPath(locale: TranslationLocale, kind: TranslatableKind, id: string): string {
  return kind === "stakeholders"
    ? `data/translations/${locale}/stakeholders.json`
    : `data/translations/${locale}/${kind}/${id}.json`;
}
