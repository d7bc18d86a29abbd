import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type memberApi, type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Api = ReturnType<typeof memberApi>;

/** A training-of-trainers session whose first webinar Ana and Bo designed, with Chloé as a peer. */
async function session() {
  const w = await testWorkshop(t, { agendaTemplate: "training-of-trainers" });
  const [ana, bo, chloe] = [await w.join("Ana"), await w.join("Bo"), await w.join("Chloé")];
  const workshop = w.api.workshops[":id"];
  const { agenda } = await bodyAt(workshop.$get({ param: { id: w.id } }), 200);
  const items = (agenda?.items ?? []).map(({ id, kind, minutes }) => ({
    id,
    kind,
    minutes,
    designers: [] as string[],
  }));
  const webinar = items[1] as (typeof items)[number];
  webinar.designers = [ana.id, bo.id];
  await workshop.agenda.$put({ param: { id: w.id }, json: { version: 1, items } });
  /** Gives feedback; a status other than 201 answers the error's code beside it. */
  const give = async (api: Api, itemId: string, body: { worked?: string; change?: string }) => {
    const res = await api.workshops[":id"].agenda.items[":itemId"].feedback.$post({
      param: { id: w.id, itemId },
      json: body,
    });
    if (res.status === 201) return { status: res.status, body: await res.json() };
    return { status: res.status, code: (await res.json()).error.code };
  };
  const advance = async (from: string | null) =>
    (await bodyAt(workshop.agenda.advance.$post({ param: { id: w.id }, json: { from } }), 200)).agenda?.currentItemId ??
    null;
  return { w, ana, bo, chloe, items, webinar, give, advance };
}

describe("feedback on a webinar designed by participants", () => {
  it("comes from trainers and peers once the webinar has begun, never from its designers, and is exported", async () => {
    const { w, ana, chloe, items, webinar, give, advance } = await session();
    const early = await give(chloe.api, webinar.id, { worked: "Good" });
    expect([early.status, early.code]).toEqual([409, "not_begun"]);
    await advance(await advance(null));
    const peer = await give(chloe.api, webinar.id, { worked: "The case of Seville made it concrete", change: "" });
    expect(peer.status).toBe(201);
    expect(peer.body).toMatchObject({ agendaItemId: webinar.id, author: { name: "Chloé" } });
    const trainer = await give(w.api, webinar.id, { worked: "", change: "Leave time for questions" });
    expect(trainer.status).toBe(201);
    const own = await give(ana.api, webinar.id, { worked: "We liked it" });
    expect([own.status, own.code]).toEqual([403, "own_design"]);
    const onBreak = await give(chloe.api, items[3]?.id ?? "", { worked: "Coffee" });
    expect([onBreak.status, onBreak.code]).toEqual([409, "not_reviewed"]);
    expect((await give(chloe.api, "nowhere", { worked: "x" })).status).toBe(404);
    expect((await give(chloe.api, webinar.id, { worked: " ", change: "" })).status).toBe(400);

    const all = await bodyAt(ana.api.workshops[":id"].feedback.$get({ param: { id: w.id } }), 200);
    expect(all.items.map((f) => [f.author.name, f.worked, f.change])).toEqual([
      ["Chloé", "The case of Seville made it concrete", ""],
      ["Fatima", "", "Leave time for questions"],
    ]);
    const exported = ana.api.workshops[":id"].lists[":listId"].export.$get({
      param: { id: w.id, listId: w.listId },
      query: {},
    });
    // The export answers JSON, CSV or Markdown under one 200: the typed body is any of them until narrowed.
    const report = await bodyAt(exported, 200);
    if (typeof report === "string" || report instanceof Response) throw new Error("expected the JSON report");
    expect(report.feedback.map((f) => [f.itemNumber, f.author])).toEqual([
      [2, "Chloé"],
      [2, "Fatima"],
    ]);
  });

  it("is refused once the workshop is closed", async () => {
    const { w, chloe, webinar, give, advance } = await session();
    await advance(await advance(null));
    await w.api.workshops[":id"].close.$post({ param: { id: w.id }, json: {} });
    const res = await give(chloe.api, webinar.id, { worked: "Late" });
    expect([res.status, res.code]).toEqual([409, "workshop_closed"]);
  });
});
