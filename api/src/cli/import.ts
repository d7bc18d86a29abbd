/**
 * `npm run import -- FILE --as cases|stakeholders [--mapping FILE] [--dry-run] [--publish]
 * [--report FILE.json] [--strict]` and `npm run import -- --undo BATCH_ID`, against DATABASE_URL
 * (an embedded file is opened in WAL mode, so this works while the server runs).
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@atlas/db/prepare";
import { readEnv } from "../env.ts";
import { runImport, runUndo } from "../features/imports/cli-commands.ts";

const usage = `Usage:
  npm run import -- FILE --as cases|stakeholders [--mapping FILE] [--dry-run] [--publish]
                    [--report FILE.json] [--strict] [--source URL --source-title TITLE [--source-publisher NAME]]
  npm run import -- --undo BATCH_ID`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: "string" },
    mapping: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    publish: { type: "boolean", default: false },
    report: { type: "string" },
    strict: { type: "boolean", default: false },
    undo: { type: "string" },
    source: { type: "string" },
    "source-title": { type: "string" },
    "source-publisher": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

const env = readEnv();
const at = (path: string) => resolve(env.INIT_CWD ?? process.cwd(), path);
const kinds = { cases: "case", stakeholders: "stakeholder" } as const;
const file = positionals[0];
const kind = kinds[values.as as keyof typeof kinds];

if (values.help || (!values.undo && (!file || !kind))) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

const { db } = await prepareDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
try {
  if (values.undo) {
    process.exitCode = await runUndo(db, values.undo, console.log);
  } else {
    process.exitCode = await runImport(db, {
      bytes: await readFile(at(file as string)),
      fileName: basename(file as string),
      kind: kind as "case" | "stakeholder",
      mapping: values.mapping ? JSON.parse(await readFile(at(values.mapping), "utf8")) : {},
      source: values.source
        ? {
            url: values.source,
            title: values["source-title"] ?? basename(file as string),
            publisher: values["source-publisher"],
          }
        : undefined,
      dryRun: values["dry-run"],
      publish: values.publish,
      strict: values.strict,
      writeReport: values.report ? (text) => writeFile(at(values.report as string), text) : undefined,
      print: console.log,
    });
  }
} finally {
  db.$client.close();
}
