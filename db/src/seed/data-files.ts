/**
 * Reads the curated files in data/, validates each record against its schema and checks that every
 * reference resolves. Errors name the file, the record and the field, so a contributor can fix them.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { caseSchemes, type Scheme, type TranslationLocale, translationLocales } from "../schema.ts";
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

  const termKeys = new Map<Scheme, Set<string>>();
  for (const v of data.vocabularies) {
    const file = `data/vocabularies/${v.scheme}.json`;
    unique(v.terms, file, (t) => t.key, "key", problems);
    termKeys.set(v.scheme, new Set(v.terms.map((t) => t.key)));
    for (const t of v.terms) ref(sourceIds, t.source, file, t.key, "source", problems);
  }
  const term = (scheme: Scheme, key: string | undefined, file: string, record: string, field: string) => {
    if (key === undefined) return;
    if (!termKeys.get(scheme)?.has(key)) {
      problems.push({ file, record, field, message: `"${key}" is not a term of the ${scheme} vocabulary` });
    }
  };

  for (const s of data.stakeholders) {
    const file = "data/stakeholders.json";
    term("stakeholderType", s.type, file, s.id, "type");
    term("sseForm", s.sseForm, file, s.id, "sseForm");
    refs(sourceIds, s.sources, file, s.id, "sources", problems);
  }
  for (const c of data.cases) {
    const file = `data/cases/${c.id}.json`;
    for (const scheme of caseSchemes) {
      for (const [i, key] of c[scheme].entries()) term(scheme, key, file, c.id, `${scheme}.${i}`);
    }
    refs(sourceIds, c.sources, file, c.id, "sources", problems);
    for (const field of ["startSource", "endSource", "statusSource"] as const) {
      const id = c[field];
      if (id !== undefined) ref(sourceIds, id, file, c.id, field, problems);
    }
    for (const field of ["outcomesSources", "lessonsSources"] as const) {
      refs(sourceIds, c[field] ?? [], file, c.id, field, problems);
    }
    problems.push(...relatedCaseProblems(c, data.cases, file));
    const taking = new Set(c.participants.map((p) => p.stakeholder));
    for (const [i, p] of c.participants.entries()) {
      ref(stakeholderIds, p.stakeholder, file, c.id, `participants.${i}.stakeholder`, problems);
      term("role", p.role, file, c.id, `participants.${i}.role`);
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
      term("relationshipType", r.type, file, c.id, `${at}.type`);
      refs(sourceIds, r.sources, file, c.id, `${at}.sources`, problems);
    }
  }
  for (const c of data.currencies) {
    const file = `data/currencies/${c.id}.json`;
    term("currencyModel", c.model, file, c.id, "model");
    term("currencyGovernance", c.governance, file, c.id, "governance");
    refs(sourceIds, c.sources, file, c.id, "sources", problems);
    for (const field of ["launchSource", "endSource", "statusSource"] as const) {
      const id = c[field];
      if (id !== undefined) ref(sourceIds, id, file, c.id, field, problems);
    }
    for (const [i, f] of c.figures.entries()) ref(sourceIds, f.source, file, c.id, `figures.${i}.source`, problems);
    for (const [i, l] of c.cases.entries()) ref(caseIds, l.case, file, c.id, `cases.${i}.case`, problems);
    for (const [i, l] of c.stakeholders.entries()) {
      ref(stakeholderIds, l.stakeholder, file, c.id, `stakeholders.${i}.stakeholder`, problems);
      term("role", l.role, file, c.id, `stakeholders.${i}.role`);
    }
  }
  problems.push(...checkTranslationReferences(data));
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

/** Related cases exist, are not the case itself, and list the case back: the link reads both ways. */
function relatedCaseProblems(c: CaseRecord, cases: CaseRecord[], file: string): DataProblem[] {
  return c.relatedCases.flatMap((link, i) => {
    const at = { file, record: c.id, field: `relatedCases.${i}.case` };
    const other = cases.find((x) => x.id === link.case);
    if (!other) return [{ ...at, message: `refers to unknown "${link.case}"` }];
    if (other.id === c.id) return [{ ...at, message: "a case cannot be related to itself" }];
    if (other.relatedCases.some((back) => back.case === c.id)) return [];
    return [{ ...at, message: `"${other.id}" must list "${c.id}" in its relatedCases too` }];
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

function refs(ids: Set<string>, list: string[], file: string, record: string, field: string, problems: DataProblem[]) {
  for (const [i, id] of list.entries()) ref(ids, id, file, record, `${field}.${i}`, problems);
}

function ref(ids: Set<string>, id: string, file: string, record: string, field: string, problems: DataProblem[]) {
  if (!ids.has(id)) problems.push({ file, record, field, message: `refers to unknown "${id}"` });
}
