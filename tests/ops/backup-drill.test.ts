/**
 * The backup and restore drill: `db:backup` runs while a server takes writes; the server stops;
 * `db:restore` puts the backup back (keeping the replaced file); the server starts again. Every
 * write acknowledged before the backup began is there, the database passes its integrity check,
 * and a damaged backup is refused without touching the database.
 */
import { copyFile, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { copySeededDatabase } from "../e2e/seeded-copy.ts";
import { type AtlasProcess, call, createWorkshop, runCli, startAtlas } from "./atlas-process.ts";

/** Server processes start in a few seconds, but in minutes on a machine whose cores are shared. */
const processTimeout = 300_000;

let dir: string;
let atlas: AtlasProcess | undefined;
afterAll(async () => {
  await atlas?.stop("SIGKILL");
  if (dir) await rm(dir, { recursive: true, force: true });
}, processTimeout);

async function integrity(file: string): Promise<string> {
  const client = createClient({ url: `file:${file}` });
  const result = await client.execute("PRAGMA integrity_check");
  client.close();
  return String(result.rows[0]?.[0]);
}

describe("the backup and restore drill", () => {
  it(
    "restores every write acknowledged before the backup, from a backup taken under write load",
    async () => {
      dir = await mkdtemp(join(tmpdir(), "atlas-drill-"));
      // Seeded already, as a production database is: the drill is about the writes that follow.
      const database = await copySeededDatabase(dir);
      const env = { DATABASE_URL: `file:${database}`, TRUSTED_PROXIES: "1", BACKUP_DIR: join(dir, "backups") };
      atlas = await startAtlas(env);
      const server = atlas;
      const workshop = await createWorkshop(server.url, "192.0.2.51");

      // Writers: four at a time, each write's acknowledgement time recorded.
      const acknowledged: { title: string; at: number }[] = [];
      let writing = true;
      let written = 0;
      const writer = async (n: number) => {
        while (writing) {
          const title = `Write ${n}-${written++}`;
          const res = await call(server.url, "POST", `/workshops/${workshop.id}/lists/${workshop.listId}/items`, {
            secret: workshop.secret,
            body: { title, phase: "co-design" },
          });
          if (res.status !== 201) throw new Error(`write failed: ${res.status} ${JSON.stringify(res.body)}`);
          acknowledged.push({ title, at: performance.now() });
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));

      const backupStarted = performance.now();
      const backup = await runCli("db-backup", [], env);
      const backupEnded = performance.now();
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      const result = JSON.parse(backup.stdout) as { file: string; sha256: string; bytes: number };
      expect(result.file).toMatch(/backups\/atlas-.*\.db$/);
      while (acknowledged.filter((w) => w.at > backupEnded).length < 4) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      writing = false;
      await Promise.all(writers);
      expect(await server.stop()).toBe(0);
      atlas = undefined;

      // A damaged copy is refused and the database is left as it was.
      const damaged = join(dir, "damaged.db");
      await copyFile(result.file, damaged);
      const handle = await open(damaged, "r+");
      await handle.write(Buffer.alloc(16_384, 0x5a), 0, 16_384, 8_192);
      await handle.close();
      const refused = await runCli("db-restore", [damaged], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/integrity|cannot be read/);

      const restore = await runCli("db-restore", [result.file], env);
      expect(restore.stderr).toBe("");
      expect(restore.code).toBe(0);
      const restored = JSON.parse(restore.stdout) as { replaced: string };
      expect(restored.replaced).toMatch(/atlas\.db\.replaced-/);

      atlas = await startAtlas(env);
      const list = await call<{ items: { title: string }[] }>(
        atlas.url,
        "GET",
        `/workshops/${workshop.id}/lists/${workshop.listId}`,
        { secret: workshop.secret },
      );
      const present = new Set(list.body.items.map((i) => i.title));
      const before = acknowledged.filter((w) => w.at < backupStarted);
      expect(before.length).toBeGreaterThanOrEqual(20);
      expect(before.filter((w) => !present.has(w.title))).toEqual([]);
      // Writes acknowledged after the backup ended are not in it, but are kept in the replaced file.
      const after = acknowledged.filter((w) => w.at > backupEnded);
      expect(after.filter((w) => present.has(w.title))).toEqual([]);
      expect(await atlas.stop()).toBe(0);
      atlas = undefined;
      expect(await integrity(database)).toBe("ok");
      const replaced = createClient({ url: `file:${restored.replaced}` });
      const titles = await replaced.execute("SELECT title FROM workshop_items");
      replaced.close();
      const kept = new Set(titles.rows.map((r) => String(r.title)));
      expect(acknowledged.filter((w) => !kept.has(w.title))).toEqual([]);
    },
    processTimeout,
  );
});
