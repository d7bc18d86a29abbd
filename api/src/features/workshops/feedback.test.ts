import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Agenda = { items: { id: string; kind: string; minutes: number; designers: string[] }[]; currentItemId: string };
type Failure = { error: { code: string } };
type Feedback = { id: string; agendaItemId: string; author: { name: string }; worked: string; change: string };

/** A training-of-trainers session whose first webinar Ana and Bo designed, with Chloé as a peer. */
async function session() {
  const w = await testWorkshop(t, { agendaTemplate: "training-of-trainers" });
  const [ana, bo, chloe] = [await w.join("Ana"), await w.join("Bo"), await w.join("Chloé")];
  const agenda = (await w.facilitator<{ agenda: Agenda }>("GET", `/workshops/${w.id}`)).body.agenda;
  const items = agenda.items.map(({ id, kind, minutes }) => ({ id, kind, minutes, designers: [] as string[] }));
  const webinar = items[1] as (typeof items)[number];
  webinar.designers = [ana.id, bo.id];
  await w.facilitator("PUT", `/workshops/${w.id}/agenda`, { version: 1, items });
  const give = (call: typeof w.facilitator, itemId: string, body: unknown) =>
    call<Feedback & Failure>("POST", `/workshops/${w.id}/agenda/items/${itemId}/feedback`, body);
  const advance = async (from: string | null) =>
    (await w.facilitator<{ agenda: Agenda }>("POST", `/workshops/${w.id}/agenda/advance`, { from })).body.agenda
      .currentItemId;
  return { w, ana, bo, chloe, items, webinar, give, advance };
}

describe("feedback on a webinar designed by participants", () => {
  it("comes from trainers and peers once the webinar has begun, never from its designers, and is exported", async () => {
    const { w, ana, chloe, items, webinar, give, advance } = await session();
    const early = await give(chloe.call, webinar.id, { worked: "Good" });
    expect([early.status, early.body.error.code]).toEqual([409, "not_begun"]);
    await advance(await advance(null));
    const peer = await give(chloe.call, webinar.id, { worked: "The case of Seville made it concrete", change: "" });
    expect(peer.status).toBe(201);
    expect(peer.body).toMatchObject({ agendaItemId: webinar.id, author: { name: "Chloé" } });
    const trainer = await give(w.facilitator, webinar.id, { worked: "", change: "Leave time for questions" });
    expect(trainer.status).toBe(201);
    const own = await give(ana.call, webinar.id, { worked: "We liked it" });
    expect([own.status, own.body.error.code]).toEqual([403, "own_design"]);
    const onBreak = await give(chloe.call, items[3]?.id ?? "", { worked: "Coffee" });
    expect([onBreak.status, onBreak.body.error.code]).toEqual([409, "not_reviewed"]);
    expect((await give(chloe.call, "nowhere", { worked: "x" })).status).toBe(404);
    expect((await give(chloe.call, webinar.id, { worked: " ", change: "" })).status).toBe(400);

    const all = await ana.call<{ items: Feedback[] }>("GET", `/workshops/${w.id}/feedback`);
    expect(all.body.items.map((f) => [f.author.name, f.worked, f.change])).toEqual([
      ["Chloé", "The case of Seville made it concrete", ""],
      ["Fatima", "", "Leave time for questions"],
    ]);
    const report = await ana.call<{ feedback: { itemNumber: number; author: string }[] }>(
      "GET",
      `/workshops/${w.id}/lists/${w.listId}/export`,
    );
    expect(report.body.feedback.map((f) => [f.itemNumber, f.author])).toEqual([
      [2, "Chloé"],
      [2, "Fatima"],
    ]);
  });

  it("is refused once the workshop is closed", async () => {
    const { w, chloe, webinar, give, advance } = await session();
    await advance(await advance(null));
    await w.facilitator("POST", `/workshops/${w.id}/close`, {});
    const res = await give(chloe.call, webinar.id, { worked: "Late" });
    expect([res.status, res.body.error.code]).toEqual([409, "workshop_closed"]);
  });
});
