import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, member, memberApi, type TestApp, testApp, testWorkshop } from "../../testing.ts";

type Api = ReturnType<typeof memberApi>;
const addStep = (api: Api, id: string, listId: string, json: { title: string; description?: string }) =>
  api.workshops[":id"].lists[":listId"].items.$post({ param: { id, listId }, json: { ...json, phase: "co-design" } });
const stateOf = (api: Api, id: string) => bodyAt(api.workshops[":id"].$get({ param: { id } }), 200);

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** A workshop where Ana wrote a step and a comment and voted, Bo voted too, and Ana is then removed. */
async function withAnaRemoved() {
  const w = await testWorkshop(t, { dotsPerMember: 3 });
  const ana = await w.join("Ana");
  const bo = await w.join("Bo");
  const first = (await bodyAt(addStep(ana.api, w.id, w.listId, { title: "Ana's step" }), 201)).id;
  const second = (await bodyAt(addStep(bo.api, w.id, w.listId, { title: "Bo's step" }), 201)).id;
  await ana.call("POST", `/workshops/${w.id}/items/${first}/comments`, { body: "Mine" });
  await ana.call("PUT", `/workshops/${w.id}/items/${first}/vote`, { dots: 2 });
  await ana.call("PUT", `/workshops/${w.id}/items/${second}/vote`, { dots: 1 });
  await bo.call("PUT", `/workshops/${w.id}/items/${first}/vote`, { dots: 1 });
  const token = await bodyAt(ana.api.workshops[":id"]["stream-tokens"].$post({ param: { id: w.id }, json: {} }), 200);
  const before = await t.db.$client.execute({
    sql: "SELECT max(id) AS id FROM workshop_events WHERE workshop_id = ?",
    args: [w.id],
  });
  const removed = await w.api.workshops[":id"].members[":memberId"].$delete({ param: { id: w.id, memberId: ana.id } });
  return { w, ana, bo, first, second, removed, token: token.token, before: Number(before.rows[0]?.id) };
}

describe("removing a participant", () => {
  it("makes their secret and stream token answer as for a non-member", async () => {
    const { w, ana, first, removed, token } = await withAnaRemoved();
    expect(await bodyAt(removed, 200)).toEqual({ id: ana.id, name: "Ana", role: "participant", removed: true });
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
    const list = await bodyAt(
      w.api.workshops[":id"].lists[":listId"].$get({ param: { id: w.id, listId: w.listId } }),
      200,
    );
    expect(list.items.map((i) => [i.id, i.votes, i.createdBy.name])).toEqual([
      [first, 1, "Ana"],
      [second, 0, "Bo"],
    ]);
    const step = bo.api.workshops[":id"].items[":itemId"];
    const param = { id: w.id, itemId: first };
    const comments = await bodyAt(step.comments.$get({ param }), 200);
    expect(comments.items.map((c) => c.author.name)).toEqual(["Ana"]);
    const history = await bodyAt(step.history.$get({ param, query: {} }), 200);
    expect(history.items.map((r) => r.author.id)).toContain(ana.id);
    const state = await stateOf(bo.api, w.id);
    expect(state.members.map((m) => m.name)).toEqual(["Fatima", "Bo"]);
    expect(state.myDotsUsed).toBe(1);
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
    const state = await stateOf(w.api, w.id);
    const remove = (memberId: string) =>
      w.api.workshops[":id"].members[":memberId"].$delete({ param: { id: w.id, memberId } });
    expect((await remove(ana.id)).status).toBe(200);
    expect((await bodyAt(remove(state.me.id), 409)).error.code).toBe("facilitator_not_removable");
    expect((await remove(stranger.id)).status).toBe(404);
    const cleo = await w.join("Cleo");
    await w.api.workshops[":id"].close.$post({ param: { id: w.id }, json: {} });
    expect((await bodyAt(remove(cleo.id), 409)).error.code).toBe("workshop_closed");
    expect((await cleo.call("GET", `/workshops/${w.id}`)).status).toBe(200);
  });
});

describe("a member's name", () => {
  it("is stored without direction overrides or invisible characters, so it reads as it displays", async () => {
    const w = await testWorkshop(t);
    const spoof = await w.join("\u202Enimda\u200B");
    expect((await stateOf(spoof.api, w.id)).me.name).toBe("nimda");
  });

  it("and a list's title the same way, while a step's text keeps what the writer's script may need", async () => {
    const w = await testWorkshop(t);
    const list = w.api.workshops[":id"].lists.$post({ param: { id: w.id }, json: { title: "\u202EPlan\u200B B" } });
    expect((await bodyAt(list, 201)).title).toBe("Plan B");
    const step = addStep(w.api, w.id, w.listId, { title: "Step", description: "\u202Bنص\u202C\tcost" });
    expect((await bodyAt(step, 201)).description).toBe("\u202Bنص\u202C\tcost");
  });

  it("refuses control characters in any text, naming the field", async () => {
    const w = await testWorkshop(t);
    const res = await bodyAt(addStep(w.api, w.id, w.listId, { title: "Step\u0000one" }), 400);
    expect(res.error.code).toBe("invalid_body");
    expect(res.error.details?.[0]?.parameter).toBe("title");
    const join = { code: w.joinCode, name: "\u202E\u200B" };
    const invisible = await memberApi(t, undefined, "198.51.100.7").workshops.join.$post({ json: join });
    expect(invisible.status).toBe(400);
  });
});
