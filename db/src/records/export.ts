/**
 * The published records written back as data files: what curators and contributors changed goes
 * into the repository's data/ (and so under review in git, and into the CC BY compilation) in the
 * very format the files are read in. Documents are kept as their files held them, so a database
 * seeded from data/ and exported gives the same bytes back.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { asc, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type RecordKind, sources, type TranslationLocale, translationLocales } from "../schema.ts";
import { translationPath } from "../seed/translatable.ts";
import { toFileOrder } from "./bundle.ts";
import { type DocumentTranslations, kindFolders, splitDocument } from "./documents.ts";
import { readAllHeads } from "./heads.ts";

/** File text by path relative to the repository (`data/cases/x.json`), as the data files write JSON. */
export type ExportFiles = Map<string, string>;

/** Folders whose files are one record each: an export owns them and removes files of records gone. */
export const exportedFolders = [
  "data/cases",
  "data/currencies",
  ...translationLocales.flatMap((l) => [`data/translations/${l}/cases`, `data/translations/${l}/currencies`]),
];

export const toFileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

interface Published {
  kind: RecordKind;
  id: string;
  record: Record<string, unknown>;
  translations: DocumentTranslations;
}

export async function exportDataFiles(db: Database): Promise<ExportFiles> {
  const records = await readPublished(db);
  const files: ExportFiles = new Map();
  for (const r of records.filter((r) => r.kind !== "stakeholder")) {
    files.set(`data/${kindFolders[r.kind]}/${r.id}.json`, toFileText(r.record));
    for (const [locale, file] of translationsOf(r)) {
      files.set(translationPath(locale, kindFolders[r.kind], r.id), toFileText(file));
    }
  }
  const stakeholders = records.filter((r) => r.kind === "stakeholder");
  files.set("data/stakeholders.json", toFileText(stakeholders.map((r) => r.record)));
  for (const locale of translationLocales) {
    const entries = stakeholders.flatMap((r) =>
      translationsOf(r)
        .filter(([l]) => l === locale)
        .map(([, f]) => f),
    );
    if (entries.length > 0) files.set(translationPath(locale, "stakeholders", ""), toFileText(entries));
  }
  files.set("data/sources.json", toFileText(await readSources(db)));
  return files;
}

/** Every published record, sorted by id as the data files list them. */
async function readPublished(db: Database): Promise<Published[]> {
  const heads = await readAllHeads(db);
  const out: Published[] = [];
  for (const { head, doc } of heads.values()) {
    if (!doc) continue;
    const { record, translations } = splitDocument(doc) as {
      record: Record<string, unknown>;
      translations: DocumentTranslations;
    };
    // What the seed wrote is the file as it was; what people changed is put in the files' key order.
    const ordered = head.lastAction === "seed" ? record : toFileOrder(head.kind, record);
    out.push({ kind: head.kind, id: head.id, record: ordered, translations });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function translationsOf(r: Published): [TranslationLocale, object][] {
  return translationLocales.flatMap((l) => {
    const file = r.translations[l];
    return file ? [[l, file] as [TranslationLocale, object]] : [];
  });
}

/** Sources in their file's order (contributed ones after), each as its file held it. */
async function readSources(db: Database): Promise<object[]> {
  const rows = await db.select().from(sources).orderBy(asc(sources.position), sql`${sources.id} COLLATE BINARY`);
  return rows.map(({ doc, position: _position, ...columns }) =>
    doc ? (JSON.parse(doc) as object) : Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== null)),
  );
}

/**
 * Writes an export under `root` (the folder holding data/): only files whose text changed, and
 * removes the files of records gone from the one-record-per-file folders.
 */
export async function writeDataFiles(root: string, files: ExportFiles): Promise<{ written: number; removed: number }> {
  let written = 0;
  for (const [path, text] of files) {
    const target = join(root, path);
    if ((await readFile(target, "utf8").catch(() => undefined)) === text) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written++;
  }
  let removed = 0;
  for (const folder of exportedFolders) {
    const names = await readdir(join(root, folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith(".json") && !files.has(`${folder}/${n}`))) {
      await rm(join(root, folder, name));
      removed++;
    }
  }
  return { written, removed };
}
