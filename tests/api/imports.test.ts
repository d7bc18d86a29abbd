/**
 * The import end to end on a database seeded from data/, without the HTTP layer: the messy 500-row
 * export is dry-run (with and without its mapping), imported as proposals and undone, then published
 * and undone while one record was edited since and another is used by a case.
 */
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { runImport, runUndo } from "@atlas/api/imports/cli-commands";
import type { ImportReport } from "@atlas/api/imports/report";
import type { Database } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { publishBundle } from "@atlas/db/records/bundle";
import { readHead } from "@atlas/db/records/heads";
import { recordChangeStatements, runGuarded } from "@atlas/db/records/write";
import { beforeAll, describe, expect, it } from "vitest";
import { seededDatabaseUrl } from "../e2e/seeded-copy.ts";
import { anomalies } from "../fixtures/imports/organisations.ts";

const fixture = new URL("../fixtures/imports/participedia-organisations.csv", import.meta.url);
const mappingFile = new URL("../fixtures/imports/participedia-organisations.mapping.json", import.meta.url);

let db: Database;
let url: string;
let bytes: Uint8Array;
let mapping: unknown;
/**
 * Rows that happen to share their name and place with a record of data/, besides the planted ones:
 * two when the fixture was written, more as the curated data grows. The counts below follow them.
 */
let extra = 0;

beforeAll(async () => {
  // The seed written once per run: prepareDatabase finds it current and only migrates.
  url = await seededDatabaseUrl();
  db = (await prepareDatabase({ url })).db;
  bytes = await readFile(fixture);
  mapping = JSON.parse(await readFile(mappingFile, "utf8"));
  const { report } = await run({ dryRun: true });
  extra = rowsWith(report, "duplicate_record").length - 2 - anomalies.known.length;
});

async function run(options: { mapping?: unknown; dryRun?: boolean; publish?: boolean }) {
  const lines: string[] = [];
  let report: ImportReport | undefined;
  const code = await runImport(db, {
    bytes,
    fileName: "participedia-organisations.csv",
    kind: "stakeholder",
    mapping: options.mapping ?? {},
    dryRun: options.dryRun ?? false,
    publish: options.publish ?? false,
    strict: false,
    writeReport: async (json) => {
      report = JSON.parse(json) as ImportReport;
    },
    print: (line) => lines.push(line),
  });
  const batchId = lines.find((l) => l.includes("batch imp-"))?.match(/imp-[a-z0-9]+/)?.[0];
  return { code, lines, report: report as ImportReport, batchId };
}

const rowsWith = (report: ImportReport, code: string) =>
  report.items.filter((i) => i.messages.some((m) => m.code === code)).map((i) => i.row);

const count = async (query: string) => Number((await db.$client.execute(query)).rows[0]?.[0]);

describe("importing a messy export of 500 organisations", () => {
  it("dry-runs without a mapping: reads Windows-1252 with semicolons and lists the unmapped values", async () => {
    const { lines, report } = await run({ dryRun: true });
    expect(lines[0]).toBe('participedia-organisations.csv: csv, windows-1252, delimiter ";"');
    expect(lines[1]).toContain('type <- "sector"');
    expect(lines).toContain('unmapped stakeholderType in "sector": "government" (56), "Other" (2)');
    expect(lines).toContain('unmapped country in "country": "Palestinian Territories" (6)');
    expect(report).toMatchObject({ rows: 500, errors: 65, duplicates: 15 + extra });
    // A newly curated namesake may be a row with an error already, or one that was ok.
    expect(report.ok + report.warnings).toBe(435);
    expect(lines).toContain("dry run: nothing written");
    expect(await count("SELECT count(*) FROM proposals")).toBe(0);
  });

  it("runs as a command line, exiting non-zero on errors only with --strict, and writes the report file", async () => {
    const report = join(tmpdir(), `import-report-${process.pid}.json`);
    const script = fileURLToPath(new URL("../../api/src/cli/import.ts", import.meta.url));
    const args = ["--import", "tsx", script, fileURLToPath(fixture), "--as", "stakeholders", "--dry-run", "--strict"];
    const failed = await promisify(execFile)(process.execPath, [...args, "--report", report], {
      env: { ...process.env, DATABASE_URL: url },
    }).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(
      new RegExp(`rows 500, ok \\d+, warnings \\d+, errors 65, duplicates ${15 + extra}`),
    );
    expect(JSON.parse(await readFile(report, "utf8"))).toMatchObject({ rows: 500, errors: 65 });
    await rm(report);
  }, 120_000);

  it("dry-runs with the mapping: every slip of the file found on its row, with its column", async () => {
    const { report } = await run({ mapping, dryRun: true });
    expect(Object.keys(report)).toEqual(["rows", "ok", "warnings", "errors", "duplicates", "items"]);
    expect(report).toMatchObject({
      rows: 500,
      ok: 473 - extra,
      warnings: 18 + extra,
      errors: 9,
      duplicates: 15 + extra,
    });
    expect(report.items).toHaveLength(500);
    expect(rowsWith(report, "missing_required")).toEqual(
      [...anomalies.missingName, ...anomalies.missingSector].sort((a, b) => a - b),
    );
    expect(rowsWith(report, "unknown_term")).toEqual(anomalies.unknownSector);
    expect(rowsWith(report, "point_outside_country")).toEqual(anomalies.outsideCountry);
    expect(rowsWith(report, "coordinates_swapped")).toEqual(anomalies.swapped);
    expect(rowsWith(report, "duplicate_row")).toEqual(anomalies.repeats);
    // Two municipalities of the file were already in the atlas when it was written, besides the planted ones.
    const found = rowsWith(report, "duplicate_record");
    expect(found).toEqual(expect.arrayContaining([26, 44, ...anomalies.known]));
    expect(extra).toBeLessThan(10);
    const outside = report.items[(anomalies.outsideCountry[0] as number) - 1];
    expect(outside?.messages).toEqual([
      {
        column: "latitude",
        code: "point_outside_country",
        level: "error",
        message: "The point (40.4168, -3.7038) lies 998 km outside IT, in ES",
        // The values the web's translated sentence names.
        params: { country: "IT", km: 998, latitude: 40.4168, longitude: -3.7038, other: "ES" },
      },
    ]);
  });

  it("imports as proposals in one batch, finds them as duplicates on a second run, and undoes the batch", async () => {
    const { batchId, lines } = await run({ mapping });
    const imported = 476 - extra;
    expect(lines).toContain(`imported ${imported} rows as proposals in the review queue, batch ${batchId}`);
    expect(
      await count(
        `SELECT count(*) FROM proposals WHERE batch_id = '${batchId}' AND channel = 'import' AND status = 'pending'`,
      ),
    ).toBe(imported);
    const [body] = (
      await db.$client.execute(
        `SELECT body FROM proposals WHERE batch_id = '${batchId}' AND target_id LIKE 'cooperativa-sociale-%' LIMIT 1`,
      )
    ).rows;
    const bundle = JSON.parse(String(body?.body)).bundle;
    expect(bundle.record).toMatchObject({
      type: expect.any(String),
      sources: [expect.any(String), expect.any(String)],
    });
    expect(bundle.record.description).not.toMatch(/<|&amp;/);

    const again = await run({ mapping, dryRun: true });
    expect(again.report.duplicates).toBe(491);
    expect(rowsWith(again.report, "duplicate_proposal")).toHaveLength(486 - extra);

    const undo: string[] = [];
    expect(await runUndo(db, batchId as string, (l) => undo.push(l))).toBe(0);
    expect(undo[0]).toBe(
      `batch ${batchId} undone: ${imported} proposals withdrawn, 0 records deleted, 0 sources removed`,
    );
    expect(await count(`SELECT count(*) FROM proposals WHERE batch_id = '${batchId}' AND status = 'withdrawn'`)).toBe(
      imported,
    );
    expect(await runUndo(db, batchId as string, (l) => undo.push(l))).toBe(1);
    expect(undo[1]).toBe(`Import batch "${batchId}" is already undone`);
  });

  it("publishes a batch and undoes it, keeping what was edited since or is used by a case", async () => {
    const imported = 476 - extra;
    const before = await count("SELECT count(*) FROM stakeholders");
    const sourcesBefore = await count("SELECT count(*) FROM sources");
    const { batchId } = await run({ mapping, publish: true });
    expect(await count("SELECT count(*) FROM stakeholders")).toBe(before + imported);
    expect(await count(`SELECT count(*) FROM record_heads WHERE origin = 'import' AND last_action = 'import'`)).toBe(
      imported,
    );
    expect(await count("SELECT count(*) FROM sources")).toBe(sourcesBefore + imported + 1);

    const [edited, used] = (
      await db.$client.execute(
        `SELECT record_id FROM record_revisions WHERE batch_id = '${batchId}' ORDER BY record_id LIMIT 2`,
      )
    ).rows.map((r) => String(r.record_id));
    const state = await readHead(db, "stakeholder", edited as string);
    await runGuarded(
      db,
      recordChangeStatements(db, [
        {
          kind: "stakeholder",
          id: edited as string,
          doc: { ...state?.doc, city: "Elsewhere" },
          action: "edit",
          base: state?.head,
          origin: "import",
        },
      ]),
    );
    const usedDoc = (await readHead(db, "stakeholder", used as string))?.doc as { sources: string[] };
    const published = await publishBundle(
      db,
      "case",
      {
        record: {
          id: "a-case-using-an-import",
          title: "A case using an imported organisation",
          summary: "Uses it.",
          country: "ES",
          participants: [{ stakeholder: used, role: "provider" }],
          sources: [usedDoc.sources[0]],
        },
      },
      { action: "create", origin: "curator", curatorId: null },
    );
    await runGuarded(db, [...published.statements, ...recordChangeStatements(db, published.changes)]);

    const undo: string[] = [];
    await runUndo(db, batchId as string, (l) => undo.push(l));
    // Kept: the edited record and its two sources, the used one and its row source (the batch source is shared).
    expect(undo[0]).toBe(
      `batch ${batchId} undone: 0 proposals withdrawn, ${imported - 2} records deleted, ${imported - 2} sources removed`,
    );
    expect(undo.slice(1)).toEqual([
      `  kept stakeholder ${edited}: changed since the import (now at revision 2)`,
      `  kept stakeholder ${used}: referred to by case a-case-using-an-import`,
    ]);
    expect(await count("SELECT count(*) FROM stakeholders")).toBe(before + 2);
    expect(await count(`SELECT count(*) FROM record_revisions WHERE batch_id = '${batchId}' AND action = 'undo'`)).toBe(
      imported - 2,
    );
    expect(
      await count(
        `SELECT count(*) FROM participations p LEFT JOIN stakeholders s ON s.id = p.stakeholder_id WHERE s.id IS NULL`,
      ),
    ).toBe(0);
    expect(await count(`SELECT status = 'undone' FROM import_batches WHERE id = '${batchId}'`)).toBe(1);
  });
});
