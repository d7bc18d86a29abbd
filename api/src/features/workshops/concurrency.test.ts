import type { InferResponseType } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type memberApi, type TestApp, testApp, testWorkshop } from "../../testing.ts";

type Api = ReturnType<typeof memberApi>;
type Item = InferResponseType<Api["workshops"][":id"]["items"][":itemId"]["$patch"], 200>;

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const addStep = (api: Api, id: string, listId: string, title: string, description?: string) =>
  api.workshops[":id"].lists[":listId"].items.$post({
    param: { id, listId },
    json: { title, description, phase: "co-design" },
  });
const editStep = (api: Api, id: string, item: { id: string; version: number }, title: string, description?: string) =>
  api.workshops[":id"].items[":itemId"].$patch({
    param: { id, itemId: item.id },
    json: { version: item.version, title, description, phase: "co-design" },
  });
const vote = (api: Api, id: string, itemId: string, dots: number) =>
  api.workshops[":id"].items[":itemId"].vote.$put({ param: { id, itemId }, json: { dots } });
const listOf = (api: Api, id: string, listId: string) =>
  bodyAt(api.workshops[":id"].lists[":listId"].$get({ param: { id, listId } }), 200);
const dotsUsed = async (api: Api, id: string) =>
  (await bodyAt(api.workshops[":id"].$get({ param: { id } }), 200)).myDotsUsed;

async function workshopWithWriters(writers: number) {
  const w = await testWorkshop(t);
  const members = await Promise.all(Array.from({ length: writers }, (_, i) => w.join(`Writer ${i + 1}`)));
  const item = await bodyAt(addStep(w.api, w.id, w.listId, "Shared step", ""), 201);
  return { w, members, item };
}

describe("20 concurrent writers on one step", () => {
  it("all based on the same version: one is applied, every other is answered 409 with it", async () => {
    const { w, members, item } = await workshopWithWriters(20);
    const answers = await Promise.all(members.map((m, i) => editStep(m.api, w.id, item, `Title by writer ${i + 1}`)));
    const applied = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const winner = await bodyAt(applied[0] as (typeof applied)[number], 200);
    for (const r of refused) {
      const body = await bodyAt(r, 409);
      expect(body.error.code).toBe("version_conflict");
      expect(body.error.details?.[0]?.current).toMatchObject({ version: 2, title: winner.title });
    }
    const list = await listOf(w.api, w.id, w.listId);
    expect(list.items[0]).toMatchObject({ version: 2, title: winner.title });
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
          const res = await editStep(m.api, w.id, base, base.title, `${base.description}[w${i + 1}]`);
          statuses.push(res.status);
          if (res.status === 200) {
            const body = await res.json();
            appliedVersions.push(body.version);
            if (!last || body.version > last.version) last = body;
            return;
          }
          // A 409's details carry the step as it is now (the error shape types them loosely).
          const current = (await res.json()).error.details?.[0]?.current as Item | undefined;
          if (!current) throw new Error(`unexpected answer ${res.status}`);
          base = current;
        }
        throw new Error(`writer ${i + 1} never got through`);
      }),
    );
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(appliedVersions.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const final = (await listOf(w.api, w.id, w.listId)).items[0];
    expect(final).toMatchObject({ version: 21, description: last?.description });
    for (let i = 1; i <= 20; i++) expect(final?.description).toContain(`[w${i}]`);
    const history = w.api.workshops[":id"].items[":itemId"].history.$get({
      param: { id: w.id, itemId: item.id },
      query: {},
    });
    expect((await bodyAt(history, 200)).items.filter((r) => r.kind === "edited").map((r) => r.version)).toEqual(
      Array.from({ length: 20 }, (_, i) => 21 - i),
    );
  });
});

describe("the vote budget under concurrent submits", () => {
  it("never lets concurrent votes on different steps exceed the budget", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 3 });
    const ana = await w.join("Ana");
    const items = await Promise.all(
      Array.from({ length: 10 }, (_, i) => bodyAt(addStep(ana.api, w.id, w.listId, `S${i}`), 201)),
    );
    const votes = await Promise.all(items.map((it) => vote(ana.api, w.id, it.id, 1)));
    expect(votes.filter((v) => v.status === 200)).toHaveLength(3);
    const refused = await Promise.all(votes.filter((v) => v.status === 409).map((v) => bodyAt(v, 409)));
    expect(refused.map((body) => body.error.code)).toEqual(Array(7).fill("vote_budget_exceeded"));
    expect(await dotsUsed(ana.api, w.id)).toBe(3);
  });

  it("counts a repeated submission once", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const step = await bodyAt(addStep(ana.api, w.id, w.listId, "S"), 201);
    const votes = await Promise.all(Array.from({ length: 10 }, () => vote(ana.api, w.id, step.id, 2)));
    expect(votes.every((v) => v.status === 200)).toBe(true);
    expect((await listOf(w.api, w.id, w.listId)).items[0]?.votes).toBe(2);
  });

  it("lets a member take dots back, and frees the dots of a removed step", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 2 });
    const ana = await w.join("Ana");
    const [a, b] = await Promise.all(["A", "B"].map((title) => bodyAt(addStep(ana.api, w.id, w.listId, title), 201)));
    const place = (id: string, dots: number) => vote(ana.api, w.id, id, dots);
    expect((await place(a?.id ?? "", 2)).status).toBe(200);
    expect((await place(b?.id ?? "", 1)).status).toBe(409);
    expect((await place(a?.id ?? "", 1)).status).toBe(200);
    expect((await place(b?.id ?? "", 1)).status).toBe(200);
    await w.api.workshops[":id"].items[":itemId"].$delete({ param: { id: w.id, itemId: a?.id ?? "" } });
    expect((await place(b?.id ?? "", 2)).status).toBe(200);
  });

  it("frees the dots placed in a list the facilitator removes, and takes its steps out of play", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 2 });
    const ana = await w.join("Ana");
    const other = await bodyAt(
      ana.api.workshops[":id"].lists.$post({ param: { id: w.id }, json: { title: "Plan B" } }),
      201,
    );
    const step = await bodyAt(addStep(ana.api, w.id, other.id, "B1"), 201);
    const kept = await bodyAt(addStep(ana.api, w.id, w.listId, "A1"), 201);
    expect((await vote(ana.api, w.id, step.id, 2)).status).toBe(200);
    await w.api.workshops[":id"].lists[":listId"].$delete({ param: { id: w.id, listId: other.id } });
    expect(await dotsUsed(ana.api, w.id)).toBe(0);
    expect((await vote(ana.api, w.id, kept.id, 2)).status).toBe(200);
    const edit = editStep(ana.api, w.id, { id: step.id, version: 1 }, "B2");
    expect((await bodyAt(edit, 409)).error.code).toBe("item_removed");
  });
});
