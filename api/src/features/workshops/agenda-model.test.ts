import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";
import {
  type AgendaPlan,
  type AgendaRun,
  activityGates,
  fromTemplate,
  moveRun,
  notStarted,
  toAgendaView,
  toInstant,
} from "./agenda-model.ts";
import { listLockedSql, votingOpenSql } from "./agenda-sql.ts";

let n = 0;
const newId = () => `item${n++}`;
const plan = (template: "general" | "training-of-trainers"): AgendaPlan => ({
  startsAt: "2026-10-05T09:00",
  timeZone: "Europe/Paris",
  items: fromTemplate(template, newId),
});

/** Every run state an agenda of `count` items can be in: before, at each item, after. */
function runsOf(p: AgendaPlan): AgendaRun[] {
  const at = p.items.map((item): AgendaRun => ({ currentItemId: item.id, finishedAt: null, items: {} }));
  return [notStarted, ...at, { currentItemId: null, finishedAt: 1, items: {} }];
}

describe("toInstant", () => {
  it("reads a wall time in its zone, across daylight saving time", () => {
    expect(toInstant("2026-10-05T09:00", "Europe/Paris")).toBe("2026-10-05T07:00:00.000Z");
    expect(toInstant("2026-12-05T09:00", "Europe/Paris")).toBe("2026-12-05T08:00:00.000Z");
    expect(toInstant("2026-10-05T09:00", "Europe/Athens")).toBe("2026-10-05T06:00:00.000Z");
    expect(toInstant("2026-10-05T09:00", "UTC")).toBe("2026-10-05T09:00:00.000Z");
    // 02:30 does not exist on 29 March 2026 in Paris: the clock jumps from 02:00 to 03:00.
    expect(toInstant("2026-03-29T02:30", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("moveRun", () => {
  it("counts each item down from its minutes, and an item returned to from the time it had left", () => {
    const p = plan("general");
    const [a, b] = p.items as [AgendaPlan["items"][number], AgendaPlan["items"][number]];
    const start = moveRun(p, notStarted, null, { type: "advance" }, 0);
    if ("refused" in start) throw new Error(start.refused);
    expect(start.timerEndsAt).toBe(15 * 60_000);
    const next = moveRun(p, start.run, start.timerEndsAt, { type: "advance" }, 10 * 60_000);
    if ("refused" in next) throw new Error(next.refused);
    expect(next.run.currentItemId).toBe(b.id);
    expect(next.run.items[a.id]).toEqual({ startedAt: 0, endedAt: 10 * 60_000, leftMs: 5 * 60_000 });
    const back = moveRun(p, next.run, next.timerEndsAt, { type: "back" }, 11 * 60_000);
    if ("refused" in back) throw new Error(back.refused);
    expect(back.timerEndsAt).toBe(16 * 60_000);
    expect(back.run.items[a.id]?.startedAt).toBe(0);
    expect(moveRun(p, notStarted, null, { type: "extend", minutes: 5 }, 0)).toEqual({ refused: "not-running" });
  });
});

describe("the gates in SQL and in TypeScript", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });

  it("agree on every run state of both templates, with an item bound to voting or not", async () => {
    const w = await testWorkshop(t);
    const plans = [plan("general"), plan("training-of-trainers")];
    for (const p of plans) {
      for (const run of runsOf(p)) {
        await t.db.run(sql`UPDATE workshops SET agenda = ${JSON.stringify(p)}, agenda_run = ${JSON.stringify(run)}
          WHERE id = ${w.id}`);
        const row = await t.db.get<{ votingOpen: number; listLocked: number }>(
          sql`SELECT ${votingOpenSql(w.id)} AS votingOpen, ${listLockedSql(w.id)} AS listLocked`,
        );
        const gates = activityGates(p, run);
        expect({ votingOpen: Boolean(row?.votingOpen), listLocked: Boolean(row?.listLocked) }).toEqual(gates);
        expect(toAgendaView(p, run, 1)).toMatchObject(gates);
      }
    }
    await t.db.run(sql`UPDATE workshops SET agenda = NULL, agenda_run = NULL WHERE id = ${w.id}`);
    const none = await t.db.get<{ votingOpen: number; listLocked: number }>(
      sql`SELECT ${votingOpenSql(w.id)} AS votingOpen, ${listLockedSql(w.id)} AS listLocked`,
    );
    expect(none).toEqual({ votingOpen: 1, listLocked: 0 });
  });
});
