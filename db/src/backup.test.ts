import { existsSync } from "node:fs";
import { mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, backupDatabase, checksumFile, sha256File } from "./backup.ts";
import type { Database } from "./client.ts";
import { prepareDatabase } from "./prepare.ts";
import { restoreDatabase } from "./restore.ts";
import { readAtlasData } from "./seed/data-files.ts";
import { writeDataDir } from "./testing/fixture.ts";

let dir: string;
let url: string;
let db: Database;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-backup-"));
  url = `file:${join(dir, "atlas.db")}`;
  ({ db } = await prepareDatabase({ url }, { data: await readAtlasData(await writeDataDir()) }));
});
afterAll(async () => {
  db.$client.close();
  await rm(dir, { recursive: true, force: true });
});

const countCases = async (file: string) => {
  const client = createClient({ url: `file:${file}` });
  const n = Number((await client.execute("SELECT count(*) AS n FROM cases")).rows[0]?.n);
  client.close();
  return n;
};

describe("backupDatabase", () => {
  it("writes a checked copy with its checksum, and never overwrites", async () => {
    const file = join(dir, "first.db");
    const result = await backupDatabase(db, url, file);
    expect(result).toMatchObject({ file, migration: expect.stringMatching(/^\d{4}_/) });
    expect(result.bytes).toBeGreaterThan(0);
    expect(await readFile(checksumFile(file), "utf8")).toBe(`${result.sha256}  first.db\n`);
    expect(await sha256File(file)).toBe(result.sha256);
    expect(await countCases(file)).toBeGreaterThan(0);
    await expect(backupDatabase(db, url, file)).rejects.toThrow(/exists already/);
  });

  it("refuses a libSQL server, whose disk it cannot write to", async () => {
    await expect(backupDatabase(db, "libsql://atlas.example.org", join(dir, "x.db"))).rejects.toThrow(BackupError);
  });
});

describe("restoreDatabase", () => {
  it("puts the backup in place and keeps the file it replaced", async () => {
    const backup = join(dir, "restore-me.db");
    await backupDatabase(db, url, backup);
    const target = join(dir, "target.db");
    await backupDatabase(db, url, target);
    await rm(checksumFile(target));
    const targetClient = createClient({ url: `file:${target}` });
    await targetClient.execute("DELETE FROM case_terms");
    await targetClient.execute("PRAGMA foreign_keys = OFF");
    await targetClient.execute("DELETE FROM cases");
    targetClient.close();
    const result = await restoreDatabase(backup, target, new Date("2026-01-02T03:04:05Z"));
    expect(result.replaced).toBe(`${target}.replaced-2026-01-02T03-04-05-000Z`);
    expect(await countCases(target)).toBe(await countCases(backup));
    expect(await countCases(result.replaced as string)).toBe(0);
    expect(result.needsMigration).toBe(false);
  });

  it("refuses a file whose checksum does not match", async () => {
    const backup = join(dir, "tampered.db");
    await backupDatabase(db, url, backup);
    await writeFile(checksumFile(backup), `${"0".repeat(64)}  tampered.db\n`);
    await expect(restoreDatabase(backup, join(dir, "t1.db"))).rejects.toThrow(/does not match its checksum/);
    expect(existsSync(join(dir, "t1.db"))).toBe(false);
  });

  it("refuses a corrupt file", async () => {
    const backup = join(dir, "corrupt.db");
    await backupDatabase(db, url, backup);
    await rm(checksumFile(backup));
    const handle = await open(backup, "r+");
    const { size } = await handle.stat();
    // Garbage over pages in the middle of the file: b-tree pages no longer parse.
    await handle.write(Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    await handle.close();
    await expect(restoreDatabase(backup, join(dir, "t2.db"))).rejects.toThrow(BackupError);
    expect(existsSync(join(dir, "t2.db"))).toBe(false);
  });

  it("refuses a file that is not a database", async () => {
    const backup = join(dir, "text.db");
    await writeFile(backup, "not a database at all, just text ".repeat(200));
    await expect(restoreDatabase(backup, join(dir, "t3.db"))).rejects.toThrow(/cannot be read|integrity/);
  });

  it("refuses a newer schema, which this version cannot serve", async () => {
    const backup = join(dir, "newer.db");
    await backupDatabase(db, url, backup);
    await rm(checksumFile(backup));
    const client = createClient({ url: `file:${backup}` });
    await client.execute(
      "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)",
    );
    client.close();
    await expect(restoreDatabase(backup, join(dir, "t4.db"))).rejects.toThrow(/newer schema/);
  });
});
