import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../testing.ts";
import { backupFileName, backupIfDue, lastBackupTime, listBackups } from "./backups.ts";

let dir: string;
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-backups-"));
  t = await testApp();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const url = () => (t.db.$client.protocol === "file" ? "file:test" : "");
const hour = 3_600_000;

describe("periodic backups", () => {
  it("are taken when the newest is as old as the period, one at a time across processes, pruned to the count kept", async () => {
    const schedule = { dir: join(dir, "periodic"), everyMs: hour, keep: 2 };
    const start = new Date("2026-03-01T00:00:00.000Z");
    // Two processes finding a backup due at the same moment: one claims it, the other finds it taken.
    const [one, two] = await Promise.all([
      backupIfDue(t.db, url(), schedule, start),
      backupIfDue(t.db, url(), schedule, start),
    ]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    expect(await listBackups(schedule.dir)).toEqual([join(schedule.dir, backupFileName(start))]);
    // The backup's time is its file's: not due again within the period.
    expect(await backupIfDue(t.db, url(), schedule, new Date(Date.now() + hour / 2))).toBeUndefined();
    for (const hours of [1, 2, 3]) {
      expect(await backupIfDue(t.db, url(), schedule, new Date(Date.now() + hours * hour + 1_000))).toBeDefined();
    }
    const kept = await listBackups(schedule.dir);
    expect(kept).toHaveLength(2);
    expect(kept.every((file) => existsSync(`${file}.sha256`))).toBe(true);
    expect(existsSync(join(schedule.dir, backupFileName(start)))).toBe(false);
    expect(existsSync(join(schedule.dir, `${backupFileName(start)}.sha256`))).toBe(false);
    expect(await lastBackupTime(schedule.dir)).toBeInstanceOf(Date);
  });

  it("say there is none in an empty or missing folder", async () => {
    expect(await lastBackupTime(join(dir, "missing"))).toBeUndefined();
  });
});
