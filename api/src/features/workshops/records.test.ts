/**
 * Every JSON projection built in SQL, parsed against the shape the TypeScript code casts it to: a
 * renamed column or a projection that drifts from its shape fails here, not in a member's browser.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";
import { storedEvent } from "./events.ts";
import {
  commentJson,
  commentRecord,
  comments,
  itemJson,
  itemRecord,
  itemSnapshot,
  items,
  listJson,
  listRecord,
  lists,
  memberJson,
  memberRecord,
  members,
  orderJson,
  workshopJson,
  workshopRecord,
  workshopsAs,
} from "./records.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** A workshop that has been through every kind of change, so each projection has every field filled. */
async function busyWorkshop() {
  const w = await testWorkshop(t, { dotsPerMember: 3 });
  const ana = await w.join("Ana");
  const add = (title: string) =>
    ana.call<{ id: string; version: number }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title,
      phase: "co-design",
      stakeholderTypes: ["public-local"],
    });
  const first = (await add("First")).body;
  const second = (await add("Second")).body;
  await ana.call("POST", `/workshops/${w.id}/items/${first.id}/evidence`, { caseId: "seville-care", why: "Works" });
  await ana.call("PUT", `/workshops/${w.id}/items/${first.id}/vote`, { dots: 2 });
  await ana.call("POST", `/workshops/${w.id}/items/${first.id}/comments`, { body: "Yes" });
  await ana.call("POST", `/workshops/${w.id}/items/${second.id}/move`, { afterId: null });
  await w.facilitator("PUT", `/workshops/${w.id}/locks/co-delivery`, {});
  await w.facilitator("PUT", `/workshops/${w.id}/timer`, { seconds: 60, label: "Vote" });
  await w.facilitator("POST", `/workshops/${w.id}/lists`, { title: "Second list" });
  await w.facilitator("DELETE", `/workshops/${w.id}/items/${second.id}`);
  const bo = await w.join("Bo");
  await w.facilitator("DELETE", `/workshops/${w.id}/members/${bo.id}`);
  return w;
}

const rows = async (query: ReturnType<typeof sql>) =>
  (await t.db.all<{ json: string }>(query)).map((row) => JSON.parse(row.json) as unknown);

describe("the JSON projections of records.ts", () => {
  it("each parse against their shape, with no field the shape does not name", async () => {
    const w = await busyWorkshop();
    const checks = [
      [workshopRecord, sql`SELECT ${workshopJson} AS json FROM ${workshopsAs} WHERE w.id = ${w.id}`],
      [memberRecord, sql`SELECT ${memberJson} AS json FROM ${members} WHERE m.workshop_id = ${w.id}`],
      [listRecord, sql`SELECT ${listJson} AS json FROM ${lists} WHERE l.workshop_id = ${w.id}`],
      [itemRecord, sql`SELECT ${itemJson} AS json FROM ${items} WHERE i.workshop_id = ${w.id}`],
      [commentRecord, sql`SELECT ${commentJson} AS json FROM ${comments} WHERE cm.workshop_id = ${w.id}`],
    ] as const;
    for (const [shape, query] of checks) {
      const found = await rows(query);
      expect(found.length).toBeGreaterThan(0);
      for (const row of found) expect(shape.strict().parse(row)).toEqual(row);
    }
    const order = await t.db.all<{ json: string }>(sql`SELECT ${orderJson(sql`${w.listId}`)} AS json`);
    // The second step was removed: the order holds the live step only.
    expect(JSON.parse(order[0]?.json ?? "null")).toHaveLength(1);
  });

  it("the revisions' snapshots and every stored event parse against theirs", async () => {
    const w = await busyWorkshop();
    const snapshots = await t.db.all<{ snapshot: string }>(sql`SELECT r.snapshot FROM workshop_item_revisions r
      JOIN workshop_items i ON i.id = r.item_id WHERE i.workshop_id = ${w.id}`);
    expect(snapshots.length).toBeGreaterThan(0);
    for (const { snapshot } of snapshots) itemSnapshot.strict().parse(JSON.parse(snapshot));
    const events = await t.db.all<{ type: string; payload: string }>(
      sql`SELECT type, payload FROM workshop_events WHERE workshop_id = ${w.id}`,
    );
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set(["item", "vote", "comment", "order", "workshop", "list", "member"]),
    );
    for (const event of events) storedEvent.parse({ ...JSON.parse(event.payload), type: event.type });
  });
});
