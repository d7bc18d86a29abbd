import { describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";
import { feedRetentionMs, pruneFeed } from "./prune.ts";

const day = feedRetentionMs;

/** A workshop row and events written at the given times, straight into the tables. */
async function oldEvents(t: TestApp, workshopId: string, times: string[]) {
  await t.db.$client.execute({
    sql: `INSERT INTO workshops (id, title, language, dots_per_member, join_code_hash) VALUES (?, 'Old', 'en', 3, ?)`,
    args: [workshopId, `hash-${workshopId}`],
  });
  for (const createdAt of times) {
    await t.db.$client.execute({
      sql: `INSERT INTO workshop_events (workshop_id, type, payload, created_at) VALUES (?, 'order', '{}', ?)`,
      args: [workshopId, createdAt],
    });
  }
}

const rows = async (t: TestApp, sql: string) => (await t.db.$client.execute(sql)).rows;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe("pruning the event feed", () => {
  it("deletes events older than a day, a bounded page at a time, and remembers where per workshop", async () => {
    const t = await testApp();
    await oldEvents(t, "w1", [ago(3 * day), ago(2 * day), ago(1_000)]);
    await oldEvents(t, "w2", [ago(2 * day)]);
    const ids = (await rows(t, "SELECT id FROM workshop_events ORDER BY id")).map((r) => Number(r.id));
    expect(await pruneFeed(t.db, { limit: 1 })).toBe(1);
    expect(await pruneFeed(t.db)).toBe(2);
    expect(await pruneFeed(t.db)).toBe(0);
    expect((await rows(t, "SELECT id FROM workshop_events")).map((r) => Number(r.id))).toEqual([ids[2]]);
    const marks = await rows(t, "SELECT id, events_pruned_through AS through FROM workshops ORDER BY id");
    expect(marks.map((r) => [r.id, Number(r.through)])).toEqual([
      ["w1", ids[1]],
      ["w2", ids[3]],
    ]);
  });

  it("runs after a write, without the write waiting for it", async () => {
    const t = await testApp();
    await oldEvents(t, "old", [ago(2 * day), ago(2 * day)]);
    await testWorkshop(t);
    await expect.poll(async () => Number((await rows(t, "SELECT count(*) AS n FROM workshop_events"))[0]?.n)).toBe(0);
  });
});
