/**
 * Reads the curated files in data/, validates each record against its schema and checks that every
 * reference resolves. Errors name the file, the record and the field, so a contributor can fix them.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  caseReferenceProblems,
  currencyReferenceProblems,
  type ReferenceContext,
  stakeholderReferenceProblems,
} from "../records/references.ts";
import { type Scheme, type TranslationLocale, translationLocales } from "../schema.ts";
import {
  type CaseRecord,
  type CurrencyRecord,
  caseRecord,
  currencyRecord,
  type SourceRecord,
  type StakeholderRecord,
  sourceRecord,
  stakeholderRecord,
  type TranslationFile,
  translationFile,
  type VocabularyFile,
  vocabularyFile,
} from "./data-schema.ts";
import { checkJourneyReferences } from "./journey-checks.ts";
import { type JourneyFile, journeyFile } from "./journey-schema.ts";
import { type TranslatableKind, translationPath } from "./translatable.ts";

/** The translations of one language, by kind of record (files under data/translations/<locale>/). */
export type LocaleTranslations = Record<TranslatableKind, TranslationFile[]>;

export interface AtlasData {
  sources: SourceRecord[];
  vocabularies: VocabularyFile[];
  stakeholders: StakeholderRecord[];
  cases: CaseRecord[];
  currencies: CurrencyRecord[];
  translations: Record<TranslationLocale, LocaleTranslations>;
  /** The programme's journey (data/journey.json); data built in code may do without. */
  journey?: JourneyFile;
  /**
   * Each record as its file holds it (before defaults are filled in), by id: what the database keeps
   * as the record's document, so that exporting untouched data writes the files back byte for byte.
   * Data built in code has none; its records serve as their own documents.
   */
  documents?: DataDocuments;
}

export interface DataDocuments {
  sources: Map<string, object>;
  stakeholders: Map<string, object>;
  cases: Map<string, object>;
  currencies: Map<string, object>;
  /** Translation files as written, by language, then kind, then record id. */
  translations: Record<TranslationLocale, Record<TranslatableKind, Map<string, object>>>;
}

function emptyDocuments(): DataDocuments {
  const kinds = (): Record<TranslatableKind, Map<string, object>> => ({
    cases: new Map(),
    currencies: new Map(),
    stakeholders: new Map(),
  });
  return {
    sources: new Map(),
    stakeholders: new Map(),
    cases: new Map(),
    currencies: new Map(),
    translations: { es: kinds(), fr: kinds(), ar: kinds(), it: kinds(), el: kinds() },
  };
}

/** One problem in one place of the data. */
export interface DataProblem {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`${problems.length} problem(s) in the data files:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataError";
  }
}

export function formatProblem(p: DataProblem): string {
  const where = [p.record && `record "${p.record}"`, p.field && `field "${p.field}"`].filter(Boolean);
  return `${p.file}${where.length ? `: ${where.join(", ")}` : ""}: ${p.message}`;
}

/** The data/ folder of the @atlas/data workspace. */
export const defaultDataDir = fileURLToPath(new URL("../../../data/", import.meta.url));

/** Reads and validates all data files; throws a DataError listing every problem found. */
export async function readAtlasData(dataDir = defaultDataDir): Promise<AtlasData> {
  const problems: DataProblem[] = [];
  const read = readerFor(dataDir, problems);
  const documents = emptyDocuments();
  const data: AtlasData = {
    sources: await read.list("sources.json", sourceRecord, { documents: documents.sources }),
    stakeholders: await read.list("stakeholders.json", stakeholderRecord, { documents: documents.stakeholders }),
    vocabularies: await read.each("vocabularies", vocabularyFile),
    cases: await read.each("cases", caseRecord, { documents: documents.cases }),
    currencies: await read.each("currencies", currencyRecord, { documents: documents.currencies }),
    translations: await readTranslations(read, documents.translations),
    journey: await read.one("journey.json", journeyFile, { optional: true }),
    documents,
  };
  if (problems.length === 0) problems.push(...checkReferences(data));
  if (problems.length > 0) throw new DataError(problems);
  return data;
}

/** No translations in any language: for data built in code (tests, benchmarks). */
export function noTranslations(): Record<TranslationLocale, LocaleTranslations> {
  const none = (): LocaleTranslations => ({ cases: [], currencies: [], stakeholders: [] });
  return { es: none(), fr: none(), ar: none(), it: none(), el: none() };
}

async function readTranslations(read: ReturnType<typeof readerFor>, documents: DataDocuments["translations"]) {
  const out = {} as Record<TranslationLocale, LocaleTranslations>;
  for (const locale of translationLocales) {
    const at = `translations/${locale}`;
    const docs = documents[locale];
    out[locale] = {
      cases: await read.each(`${at}/cases`, translationFile, { optional: true, documents: docs.cases }),
      currencies: await read.each(`${at}/currencies`, translationFile, { optional: true, documents: docs.currencies }),
      stakeholders: await read.list(`${at}/stakeholders.json`, translationFile, {
        optional: true,
        documents: docs.stakeholders,
      }),
    };
  }
  return out;
}

function readerFor(dataDir: string, problems: DataProblem[]) {
  const rel = (path: string) => `data/${relative(dataDir, path)}`;

  async function parseJson(path: string, optional = false): Promise<unknown> {
    try {
      return JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      problems.push({ file: rel(path), message: `cannot be read as JSON: ${(error as Error).message}` });
      return undefined;
    }
  }

  function validate<S extends z.ZodType>(
    schema: S,
    value: unknown,
    file: string,
    options: ReadOptions & { index?: number },
  ) {
    const result = schema.safeParse(value);
    if (result.success) {
      const id = (result.data as { id?: unknown }).id;
      if (options.documents && typeof id === "string") options.documents.set(id, value as object);
      return result.data as z.infer<S>;
    }
    const index = options.index;
    const id = (value as { id?: unknown; scheme?: unknown } | null)?.id ?? (value as { scheme?: unknown })?.scheme;
    const record = typeof id === "string" ? id : index !== undefined ? `#${index + 1}` : undefined;
    for (const issue of result.error.issues) {
      problems.push({ file, record, field: issue.path.join(".") || undefined, message: issue.message });
    }
    return undefined;
  }

  return {
    async one<S extends z.ZodType>(
      name: string,
      schema: S,
      options: ReadOptions = {},
    ): Promise<z.infer<S> | undefined> {
      const path = join(dataDir, name);
      const raw = await parseJson(path, options.optional);
      return raw === undefined ? undefined : validate(schema, raw, rel(path), options);
    },
    async list<S extends z.ZodType>(name: string, schema: S, options: ReadOptions = {}): Promise<z.infer<S>[]> {
      const path = join(dataDir, name);
      const raw = await parseJson(path, options.optional);
      if (raw === undefined) return [];
      if (!Array.isArray(raw)) {
        problems.push({ file: rel(path), message: "must hold a JSON array of records" });
        return [];
      }
      return raw.flatMap((value, i) => validate(schema, value, rel(path), { ...options, index: i }) ?? []);
    },
    async each<S extends z.ZodType>(folder: string, schema: S, options: ReadOptions = {}): Promise<z.infer<S>[]> {
      const dir = join(dataDir, folder);
      const names = (await listFolder(dir, options.optional)).filter((n) => n.endsWith(".json")).sort();
      const records: z.infer<S>[] = [];
      for (const name of names) {
        const path = join(dir, name);
        const raw = await parseJson(path);
        if (raw === undefined) continue;
        const record = validate(schema, raw, rel(path), options);
        if (!record) continue;
        const expected = (record as { id?: string; scheme?: string }).id ?? (record as { scheme?: string }).scheme;
        if (expected && basename(name, ".json") !== expected) {
          problems.push({ file: rel(path), record: expected, message: `file must be named ${expected}.json` });
        }
        records.push(record);
      }
      return records;
    },
  };
}

interface ReadOptions {
  /** The data may do without this file or folder (translations not yet written). */
  optional?: boolean;
  /** Where to keep each valid record as the file holds it, by id. */
  documents?: Map<string, object>;
}

async function listFolder(dir: string, optional = false): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Cross-file checks: unique ids and titles, and every reference pointing at an existing record. */
export function checkReferences(data: AtlasData): DataProblem[] {
  const problems: DataProblem[] = [];
  const sourceIds = unique(data.sources, "data/sources.json", (s) => s.id, "id", problems);
  unique(data.sources, "data/sources.json", (s) => s.url, "url", problems);
  const stakeholderIds = unique(data.stakeholders, "data/stakeholders.json", (s) => s.id, "id", problems);
  unique(data.stakeholders, "data/stakeholders.json", (s) => `${s.name}|${s.country ?? ""}`, "name", problems);
  const caseIds = unique(data.cases, "data/cases", (c) => c.id, "id", problems);
  unique(data.cases, "data/cases", (c) => c.title, "title", problems);
  unique(data.currencies, "data/currencies", (c) => c.id, "id", problems);
  unique(data.currencies, "data/currencies", (c) => c.name, "name", problems);

  const terms = new Map<Scheme, Set<string>>();
  for (const v of data.vocabularies) {
    const file = `data/vocabularies/${v.scheme}.json`;
    unique(v.terms, file, (t) => t.key, "key", problems);
    terms.set(v.scheme, new Set(v.terms.map((t) => t.key)));
    for (const t of v.terms) {
      if (!sourceIds.has(t.source))
        problems.push({ file, record: t.key, field: "source", message: `refers to unknown "${t.source}"` });
    }
  }
  const ctx: ReferenceContext = { sourceIds, stakeholderIds, caseIds, terms };
  for (const s of data.stakeholders) problems.push(...stakeholderReferenceProblems(ctx, s, "data/stakeholders.json"));
  for (const c of data.cases) {
    const file = `data/cases/${c.id}.json`;
    problems.push(...caseReferenceProblems(ctx, c, file), ...relatedCaseProblems(c, data.cases, file));
  }
  for (const c of data.currencies) problems.push(...currencyReferenceProblems(ctx, c, `data/currencies/${c.id}.json`));
  problems.push(...checkTranslationReferences(data));
  problems.push(...checkJourneyReferences(data));
  return problems;
}

/** Every translation file holds each English string once (files of records gone are data-quality problems). */
function checkTranslationReferences(data: AtlasData): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const locale of translationLocales) {
    for (const kind of ["cases", "currencies", "stakeholders"] as const) {
      for (const file of data.translations[locale][kind]) {
        const path = translationPath(locale, kind, file.id);
        unique(file.strings, path, (e) => e.en ?? e.field, "en", problems);
      }
    }
  }
  return problems;
}

/** Related cases list the case back: the link reads both ways (that they exist is a reference check). */
function relatedCaseProblems(c: CaseRecord, cases: CaseRecord[], file: string): DataProblem[] {
  return c.relatedCases.flatMap((link, i) => {
    const other = cases.find((x) => x.id === link.case);
    if (!other || other.id === c.id || other.relatedCases.some((back) => back.case === c.id)) return [];
    return [
      {
        file,
        record: c.id,
        field: `relatedCases.${i}.case`,
        message: `"${other.id}" must list "${c.id}" in its relatedCases too`,
      },
    ];
  });
}

function unique<T>(
  records: T[],
  file: string,
  keyOf: (r: T) => string,
  field: string,
  problems: DataProblem[],
): Set<string> {
  const seen = new Set<string>();
  for (const r of records) {
    const key = keyOf(r);
    if (seen.has(key)) problems.push({ file, record: key, field, message: `duplicate ${field}` });
    seen.add(key);
  }
  return seen;
}
