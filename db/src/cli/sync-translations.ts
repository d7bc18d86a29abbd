/**
 * `npm run data:translations [-- --locale es] [--method human|machine] [--by NAME]`: brings the files
 * under data/translations/ in step with the English of every record (see seed/translation-sync.ts)
 * and prints what is left to translate; translations of records gone from the data are removed. New
 * files need to say who translates and how.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { type TranslationLocale, translationLocales } from "../schema.ts";
import { DataError, defaultDataDir, readAtlasData } from "../seed/data-files.ts";
import { translatableKinds, translationPath } from "../seed/translatable.ts";
import { recordStrings } from "../seed/translation-coverage.ts";
import { type NewFileProvenance, syncTranslationFile } from "../seed/translation-sync.ts";

const { values } = parseArgs({
  options: {
    locale: { type: "string", multiple: true },
    method: { type: "string" },
    by: { type: "string", default: "atlas-editors" },
  },
});
const locales = (values.locale ?? translationLocales) as TranslationLocale[];
const unknown = locales.filter((l) => !translationLocales.includes(l));
if (unknown.length > 0) throw new Error(`not a translation language: ${unknown.join(", ")}`);
const method = values.method;
if (method !== undefined && method !== "human" && method !== "machine") throw new Error("--method is human or machine");
const provenance: NewFileProvenance | undefined = method ? { translatedBy: values.by, method } : undefined;

try {
  const data = await readAtlasData();
  const repo = join(defaultDataDir, "..");
  for (const locale of locales) {
    let todo = 0;
    let written = 0;
    for (const kind of translatableKinds) {
      const existing = new Map(data.translations[locale][kind].map((f) => [f.id, f]));
      const files = [...recordStrings(data, kind)].flatMap(([id, strings]) => {
        const file = existing.get(id);
        if (strings.length === 0 && !file) return [];
        if (!file && !provenance) {
          throw new Error(`${translationPath(locale, kind, id)} is new: say --method human|machine (and --by NAME)`);
        }
        const synced = syncTranslationFile(id, strings, file, provenance ?? (file as NewFileProvenance));
        todo += synced.strings.filter((e) => e.text === "").length;
        return [synced];
      });
      const gone = [...existing.keys()].filter((id) => !files.some((f) => f.id === id));
      if (kind !== "stakeholders") {
        for (const id of gone) await rm(join(repo, translationPath(locale, kind, id)));
      }
      written += gone.length;
      if (kind === "stakeholders") {
        written += await write(join(repo, translationPath(locale, kind, "")), files);
      } else {
        for (const f of files) written += await write(join(repo, translationPath(locale, kind, f.id)), f);
      }
    }
    console.log(`${locale}: ${written} file(s) written, ${todo} string(s) to translate`);
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

async function write(path: string, value: unknown): Promise<number> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const before = await readFile(path, "utf8").catch(() => undefined);
  if (before === text) return 0;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return 1;
}
