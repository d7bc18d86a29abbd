import { beforeAll, describe, expect, it } from "vitest";
import { member, type TestApp, testApp, testWorkshop } from "../../testing.ts";

type Failure = { error: { code: string; message: string } };
type Item = { id: string; votes: number | null; myDots: number; createdBy: { id: string; name: string } };

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** A workshop where Ana wrote a step and a comment and voted, Bo voted too, and Ana is then removed. */
async function withAnaRemoved() {
  const w = await testWorkshop(t, { dotsPerMember: 3 });
  const ana = await w.join("Ana");
  const bo = await w.join("Bo");
  const steps = w.listId && `/workshops/${w.id}/lists/${w.listId}/items`;
  const first = (await ana.call<Item>("POST", steps, { title: "Ana's step", phase: "co-design" })).body.id;
  const second = (await bo.call<Item>("POST", steps, { title: "Bo's step", phase: "co-design" })).body.id;
  await ana.call("POST", `/workshops/${w.id}/items/${first}/comments`, { body: "Mine" });
  await ana.call("PUT", `/workshops/${w.id}/items/${first}/vote`, { dots: 2 });
  await ana.call("PUT", `/workshops/${w.id}/items/${second}/vote`, { dots: 1 });
  await bo.call("PUT", `/workshops/${w.id}/items/${first}/vote`, { dots: 1 });
  const token = await ana.call<{ token: string }>("POST", `/workshops/${w.id}/stream-tokens`, {});
  const before = await t.db.$client.execute({
    sql: "SELECT max(id) AS id FROM workshop_events WHERE workshop_id = ?",
    args: [w.id],
  });
  const removed = await w.facilitator<{ id: string; removed: boolean }>(
    "DELETE",
    `/workshops/${w.id}/members/${ana.id}`,
  );
  return { w, ana, bo, first, second, removed, token: token.body.token, before: Number(before.rows[0]?.id) };
}

describe("removing a participant", () => {
  it("makes their secret and stream token answer as for a non-member", async () => {
    const { w, ana, first, removed, token } = await withAnaRemoved();
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ id: ana.id, name: "Ana", role: "participant", removed: true });
    const attempts = [
      ana.call("GET", `/workshops/${w.id}`),
      ana.call("POST", `/workshops/${w.id}/stream-tokens`, {}),
      ana.call("PUT", `/workshops/${w.id}/items/${first}/vote`, { dots: 1 }),
      ana.call("POST", `/workshops/${w.id}/items/${first}/comments`, { body: "Still here?" }),
    ];
    const nobody = await member(t, "x".repeat(43))("GET", `/workshops/${w.id}`);
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(nobody.body);
    }
    const stream = await t.request(`/api/workshops/${w.id}/events?token=${token}`);
    expect(stream.status).toBe(404);
  });

  it("keeps what they wrote attributed to them, and withdraws their dots from totals", async () => {
    const { w, ana, bo, first, second } = await withAnaRemoved();
    const list = await w.facilitator<{ items: Item[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`);
    expect(list.body.items.map((i) => [i.id, i.votes, i.createdBy.name])).toEqual([
      [first, 1, "Ana"],
      [second, 0, "Bo"],
    ]);
    const comments = await bo.call<{ items: { author: { name: string } }[] }>(
      "GET",
      `/workshops/${w.id}/items/${first}/comments`,
    );
    expect(comments.body.items.map((c) => c.author.name)).toEqual(["Ana"]);
    const history = await bo.call<{ items: { author: { id: string } }[] }>(
      "GET",
      `/workshops/${w.id}/items/${first}/history`,
    );
    expect(history.body.items.map((r) => r.author.id)).toContain(ana.id);
    const state = await bo.call<{ members: { name: string }[]; myDotsUsed: number }>("GET", `/workshops/${w.id}`);
    expect(state.body.members.map((m) => m.name)).toEqual(["Fatima", "Bo"]);
    expect(state.body.myDotsUsed).toBe(1);
    const stored = await t.db.$client.execute({
      sql: "SELECT count(*) AS n FROM workshop_votes WHERE member_id = ?",
      args: [ana.id],
    });
    expect(Number(stored.rows[0]?.n)).toBe(0);
  });

  it("tells other screens: new totals for each step and the member gone, in one change", async () => {
    const { w, ana, first, second, before } = await withAnaRemoved();
    const events = await t.db.$client.execute({
      sql: "SELECT type, payload FROM workshop_events WHERE workshop_id = ? AND id > ? ORDER BY id",
      args: [w.id, before],
    });
    const sent = events.rows.map((r) => ({ type: r.type, ...JSON.parse(String(r.payload)) }));
    expect(sent).toEqual([
      expect.objectContaining({ type: "vote", itemId: first, memberId: ana.id, dots: 0, total: 1, used: 0 }),
      expect.objectContaining({ type: "vote", itemId: second, memberId: ana.id, dots: 0, total: 0, used: 0 }),
      { type: "member", member: { id: ana.id, name: "Ana", role: "participant" }, removed: true },
    ]);
  });

  it("is harmless twice, and refuses the facilitator, strangers and a closed workshop", async () => {
    const { w, ana } = await withAnaRemoved();
    const other = await testWorkshop(t);
    const stranger = await other.join("Zoe");
    const state = await w.facilitator<{ me: { id: string } }>("GET", `/workshops/${w.id}`);
    const remove = (id: string) => w.facilitator<Failure>("DELETE", `/workshops/${w.id}/members/${id}`);
    expect((await remove(ana.id)).status).toBe(200);
    const facilitator = await remove(state.body.me.id);
    expect([facilitator.status, facilitator.body.error.code]).toEqual([409, "facilitator_not_removable"]);
    expect((await remove(stranger.id)).status).toBe(404);
    const cleo = await w.join("Cleo");
    await w.facilitator("POST", `/workshops/${w.id}/close`, {});
    const closed = await remove(cleo.id);
    expect([closed.status, closed.body.error.code]).toEqual([409, "workshop_closed"]);
    expect((await cleo.call("GET", `/workshops/${w.id}`)).status).toBe(200);
  });
});

describe("a member's name", () => {
  it("is stored without direction overrides or invisible characters, so it reads as it displays", async () => {
    const w = await testWorkshop(t);
    const spoof = await w.join("\u202Enimda\u200B");
    const state = await spoof.call<{ me: { name: string } }>("GET", `/workshops/${w.id}`);
    expect(state.body.me.name).toBe("nimda");
  });

  it("and a list's title the same way, while a step's text keeps what the writer's script may need", async () => {
    const w = await testWorkshop(t);
    const list = await w.facilitator<{ title: string }>("POST", `/workshops/${w.id}/lists`, {
      title: "\u202EPlan\u200B B",
    });
    expect(list.body.title).toBe("Plan B");
    const step = await w.facilitator<{ description: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "Step",
      description: "\u202Bنص\u202C\tcost",
      phase: "co-design",
    });
    expect(step.body.description).toBe("\u202Bنص\u202C\tcost");
  });

  it("refuses control characters in any text, naming the field", async () => {
    const w = await testWorkshop(t);
    const res = await w.facilitator<Failure & { error: { details: { parameter: string }[] } }>(
      "POST",
      `/workshops/${w.id}/lists/${w.listId}/items`,
      { title: "Step\u0000one", phase: "co-design" },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_body");
    expect(res.body.error.details[0]?.parameter).toBe("title");
    const invisible = await member(t, undefined, "198.51.100.7")<Failure>("POST", "/workshops/join", {
      code: w.joinCode,
      name: "\u202E\u200B",
    });
    expect(invisible.status).toBe(400);
  });
});
