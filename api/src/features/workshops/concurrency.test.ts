import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";

type Item = { id: string; version: number; title: string; description: string };
type Conflict = { error: { code: string; details?: { current: Item }[] } };

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

async function workshopWithWriters(writers: number, settings: Record<string, unknown> = {}) {
  const w = await testWorkshop(t, settings);
  const members = await Promise.all(Array.from({ length: writers }, (_, i) => w.join(`Writer ${i + 1}`)));
  const created = await w.facilitator<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
    title: "Shared step",
    description: "",
    phase: "co-design",
  });
  return { w, members, item: created.body };
}

describe("20 concurrent writers on one step", () => {
  it("all based on the same version: one is applied, every other is answered 409 with it", async () => {
    const { w, members, item } = await workshopWithWriters(20);
    const answers = await Promise.all(
      members.map((m, i) =>
        m.call<Item & Conflict>("PATCH", `/workshops/${w.id}/items/${item.id}`, {
          version: item.version,
          title: `Title by writer ${i + 1}`,
          phase: "co-design",
        }),
      ),
    );
    const applied = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const winner = applied[0]?.body as Item;
    for (const r of refused) {
      expect(r.body.error.code).toBe("version_conflict");
      expect(r.body.error.details?.[0]?.current).toMatchObject({ version: 2, title: winner.title });
    }
    const list = await w.facilitator<{ items: Item[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`);
    expect(list.body.items[0]).toMatchObject({ version: 2, title: winner.title });
  });

  it("merging on 409 and retrying: every write lands, none is lost, the last applied is what remains", async () => {
    const { w, members, item } = await workshopWithWriters(20);
    const statuses: number[] = [];
    const appliedVersions: number[] = [];
    let last: Item | undefined;
    await Promise.all(
      members.map(async (m, i) => {
        let base: Item = item;
        for (let attempt = 0; attempt < 100; attempt++) {
          const res = await m.call<Item & Conflict>("PATCH", `/workshops/${w.id}/items/${item.id}`, {
            version: base.version,
            title: base.title,
            description: `${base.description}[w${i + 1}]`,
            phase: "co-design",
          });
          statuses.push(res.status);
          if (res.status === 200) {
            appliedVersions.push(res.body.version);
            if (!last || res.body.version > last.version) last = res.body;
            return;
          }
          const current = res.body.error.details?.[0]?.current;
          if (!current) throw new Error(`unexpected answer ${res.status}`);
          base = current;
        }
        throw new Error(`writer ${i + 1} never got through`);
      }),
    );
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(appliedVersions.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const list = await w.facilitator<{ items: Item[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`);
    const final = list.body.items[0] as Item;
    expect(final).toMatchObject({ version: 21, description: last?.description });
    for (let i = 1; i <= 20; i++) expect(final.description).toContain(`[w${i}]`);
    const history = await w.facilitator<{ items: { kind: string; version: number }[] }>(
      "GET",
      `/workshops/${w.id}/items/${item.id}/history`,
    );
    expect(history.body.items.filter((r) => r.kind === "edited").map((r) => r.version)).toEqual(
      Array.from({ length: 20 }, (_, i) => 21 - i),
    );
  });
});

describe("the vote budget under concurrent submits", () => {
  it("never lets concurrent votes on different steps exceed the budget", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 3 });
    const ana = await w.join("Ana");
    const items = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ana.call<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title: `S${i}`, phase: "co-design" }),
      ),
    );
    const votes = await Promise.all(
      items.map((it) => ana.call<{ used: number }>("PUT", `/workshops/${w.id}/items/${it.body.id}/vote`, { dots: 1 })),
    );
    expect(votes.filter((v) => v.status === 200)).toHaveLength(3);
    expect(votes.filter((v) => v.status === 409).map((v) => (v.body as unknown as Conflict).error.code)).toEqual(
      Array(7).fill("vote_budget_exceeded"),
    );
    const state = await ana.call<{ myDotsUsed: number }>("GET", `/workshops/${w.id}`);
    expect(state.body.myDotsUsed).toBe(3);
  });

  it("counts a repeated submission once", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const step = await ana.call<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "S",
      phase: "co-design",
    });
    const votes = await Promise.all(
      Array.from({ length: 10 }, () => ana.call("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 2 })),
    );
    expect(votes.every((v) => v.status === 200)).toBe(true);
    const list = await w.facilitator<{ items: { votes: number }[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`);
    expect(list.body.items[0]?.votes).toBe(2);
  });

  it("lets a member take dots back, and frees the dots of a removed step", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 2 });
    const ana = await w.join("Ana");
    const [a, b] = await Promise.all(
      ["A", "B"].map((title) =>
        ana.call<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title, phase: "co-design" }),
      ),
    );
    const vote = (id: string, dots: number) => ana.call("PUT", `/workshops/${w.id}/items/${id}/vote`, { dots });
    expect((await vote(a?.body.id ?? "", 2)).status).toBe(200);
    expect((await vote(b?.body.id ?? "", 1)).status).toBe(409);
    expect((await vote(a?.body.id ?? "", 1)).status).toBe(200);
    expect((await vote(b?.body.id ?? "", 1)).status).toBe(200);
    await w.facilitator("DELETE", `/workshops/${w.id}/items/${a?.body.id}`);
    expect((await vote(b?.body.id ?? "", 2)).status).toBe(200);
  });

  it("frees the dots placed in a list the facilitator removes, and takes its steps out of play", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 2 });
    const ana = await w.join("Ana");
    const other = await ana.call<{ id: string }>("POST", `/workshops/${w.id}/lists`, { title: "Plan B" });
    const step = await ana.call<Item>("POST", `/workshops/${w.id}/lists/${other.body.id}/items`, {
      title: "B1",
      phase: "co-design",
    });
    const kept = await ana.call<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "A1",
      phase: "co-design",
    });
    expect((await ana.call("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 2 })).status).toBe(200);
    await w.facilitator("DELETE", `/workshops/${w.id}/lists/${other.body.id}`);
    expect((await ana.call<{ myDotsUsed: number }>("GET", `/workshops/${w.id}`)).body.myDotsUsed).toBe(0);
    expect((await ana.call("PUT", `/workshops/${w.id}/items/${kept.body.id}/vote`, { dots: 2 })).status).toBe(200);
    const edit = await ana.call<Conflict>("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
      version: 1,
      title: "B2",
      phase: "co-design",
    });
    expect(edit.body.error.code).toBe("item_removed");
  });
});
