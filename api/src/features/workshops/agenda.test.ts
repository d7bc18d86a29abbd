import type { InferResponseType } from "hono/client";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type memberApi, type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Api = ReturnType<typeof memberApi>;
type Agenda = NonNullable<InferResponseType<Api["workshops"][":id"]["$get"], 200>["agenda"]>;
type AgendaItem = Agenda["items"][number];

const state = (api: Api, id: string) => bodyAt(api.workshops[":id"].$get({ param: { id } }), 200);

async function workshopWith(template: "general" | "training-of-trainers") {
  const w = await testWorkshop(t, { agendaTemplate: template });
  return { ...w, agenda: (await state(w.api, w.id)).agenda as Agenda };
}

/** Saves an agenda; the bodies are `unknown` because some tests send ones the schema refuses on purpose. */
const saveAgenda = (api: Api, id: string, body: unknown) =>
  api.workshops[":id"].agenda.$put({ param: { id }, json: body as never });

/** Moves the agenda on (`advance`) or back from the item `from`. */
const moveAgenda = (api: Api, id: string, path: "advance" | "back", from: string | null) =>
  api.workshops[":id"].agenda[path].$post({ param: { id }, json: { from } });

/** The facilitator advances from `from`; the agenda after the move. */
const advance = async (w: { api: Api; id: string }, from: string | null) =>
  (await bodyAt(moveAgenda(w.api, w.id, "advance", from), 200)).agenda as Agenda;

const editable = (agenda: Agenda) =>
  agenda.items.map(({ id, kind, title, minutes, activity, designers }) => ({
    id,
    kind,
    title,
    minutes,
    activity,
    designers,
  }));

describe("the agenda from the programme's templates", () => {
  it("starts a workshop with the general training morning", async () => {
    const { agenda } = await workshopWith("general");
    expect(agenda.items.map((i) => [i.kind, i.minutes, i.activity])).toEqual([
      ["check-in", 15, null],
      ["webinar", 60, null],
      ["break", 30, null],
      ["group-dynamic", 90, "voting"],
      ["check-out", 15, "closing"],
    ]);
    expect(agenda).toMatchObject({ currentItemId: null, votingOpen: false, listLocked: false, version: 1 });
  });

  it("replaces the items by the training-of-trainers morning, before the run", async () => {
    const w = await testWorkshop(t);
    const res = w.api.workshops[":id"].agenda.template.$post({
      param: { id: w.id },
      json: { template: "training-of-trainers", version: 1 },
    });
    expect((await bodyAt(res, 200)).agenda?.items.map((i) => `${i.kind} ${i.minutes}`)).toEqual([
      "check-in 15",
      "webinar 60",
      "feedback 15",
      "break 30",
      "webinar 60",
      "feedback 15",
      "check-out 15",
    ]);
    // A workshop without an agenda votes at any time, as before.
    const none = await testWorkshop(t);
    expect((await state(none.api, none.id)).agenda).toBeNull();
  });
});

describe("editing the agenda", () => {
  it("lets the facilitator rename, retime, reorder, add and remove items and set a start in a time zone", async () => {
    const w = await workshopWith("general");
    const [checkIn, webinar, pause, dynamic, checkOut] = editable(w.agenda);
    const items = [
      { ...checkIn, title: "Bienvenue", minutes: 20 },
      { ...dynamic },
      { ...webinar },
      { kind: "custom", title: "Map walk", minutes: 10 },
      { ...checkOut },
    ];
    void pause;
    const res = saveAgenda(w.api, w.id, { version: 1, startsAt: "2026-10-13T09:00", timeZone: "Europe/Paris", items });
    const agenda = (await bodyAt(res, 200)).agenda as Agenda;
    expect(agenda.version).toBe(2);
    expect(agenda.items.map((i) => i.title || i.kind)).toEqual([
      "Bienvenue",
      "group-dynamic",
      "webinar",
      "Map walk",
      "check-out",
    ]);
    expect(agenda.items[3]?.id).toMatch(/^[A-Za-z0-9_-]+$/);
    // 09:00 CEST is 07:00 UTC; each item starts after the minutes before it.
    expect(agenda.startsAtUtc).toBe("2026-10-13T07:00:00.000Z");
    expect(agenda.items.map((i) => i.plannedStart?.slice(11, 16))).toEqual([
      "07:00",
      "07:20",
      "08:50",
      "09:50",
      "10:00",
    ]);
    const participant = await w.join("Ana");
    expect((await state(participant.api, w.id)).agenda?.items).toHaveLength(5);
  });

  it("refuses a participant's edit (403), a stale version (409 with the current agenda) and bad items (400), changing nothing", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const items = editable(w.agenda);
    const put = (api: Api, body: unknown) => saveAgenda(api, w.id, body);
    expect((await put(ana.api, { version: 1, items })).status).toBe(403);
    expect((await moveAgenda(ana.api, w.id, "advance", null)).status).toBe(403);
    const saved = await put(w.api, { version: 1, items: items.slice(1) });
    expect(saved.status).toBe(200);
    const stale = await bodyAt(put(w.api, { version: 1, items }), 409);
    expect(stale.error.code).toBe("version_conflict");
    expect(stale.error.details?.[0]).toMatchObject({ current: { agenda: { version: 2 } } });
    const bad = [
      { version: 2, items: [] },
      { version: 2, items: [{ kind: "lecture", minutes: 10 }] },
      { version: 2, items: [{ kind: "break", minutes: 0 }] },
      { version: 2, items: [{ kind: "break", minutes: 10 }], timeZone: "Mars/Olympus" },
      { version: 2, items: [{ kind: "break", minutes: 10 }], startsAt: "13/10/2026 9h" },
      { version: 2, items: [{ id: "not-an-item", kind: "break", minutes: 10 }] },
      { version: 2, items: [{ kind: "webinar", minutes: 10, designers: ["nobody"] }] },
    ];
    for (const body of bad) {
      const res = await put(w.api, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await bodyAt(res, 400)).error.code).toMatch(/^invalid_/);
    }
    const after = await state(w.api, w.id);
    expect(after.agenda?.version).toBe(2);
    expect(after.agenda?.items).toHaveLength(4);
  });

  it("names the designers of a webinar among the members", async () => {
    const w = await workshopWith("training-of-trainers");
    const [ana, bo] = [await w.join("Ana"), await w.join("Bo")];
    const items = editable(w.agenda);
    const webinar = items[1] as (typeof items)[number];
    webinar.designers = [ana.id, bo.id];
    const res = await bodyAt(saveAgenda(w.api, w.id, { version: 1, items }), 200);
    expect(res.agenda?.items[1]?.designers).toEqual([ana.id, bo.id]);
  });
});

describe("running the agenda", () => {
  it("advances, extends and goes back, with the countdown of the current item for everyone", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const [checkIn, webinar] = w.agenda.items as [AgendaItem, AgendaItem];
    const move = (path: "advance" | "back", from: string | null) => moveAgenda(w.api, w.id, path, from);
    expect((await bodyAt(move("back", null), 409)).error.code).toBe("agenda_at_start");
    const started = await bodyAt(move("advance", null), 200);
    expect(started.agenda?.currentItemId).toBe(checkIn.id);
    expect(started.timer?.remainingMs).toBeGreaterThan(14 * 60_000);
    // A repeated press (from the item already left) moves nothing.
    expect((await bodyAt(move("advance", null), 409)).error.code).toBe("version_conflict");
    const extend = w.api.workshops[":id"].agenda.extend.$post({
      param: { id: w.id },
      json: { from: checkIn.id, minutes: 5 },
    });
    expect((await bodyAt(extend, 200)).timer?.remainingMs).toBeGreaterThan(19 * 60_000);
    const next = await bodyAt(move("advance", checkIn.id), 200);
    expect(next.agenda?.currentItemId).toBe(webinar.id);
    expect(next.timer?.remainingMs).toBeGreaterThan(59 * 60_000);
    const first = next.agenda?.items[0];
    expect(first?.startedAt).toBeTypeOf("number");
    expect(first?.endedAt).toBeTypeOf("number");
    const back = await bodyAt(move("back", webinar.id), 200);
    expect(back.agenda?.currentItemId).toBe(checkIn.id);
    // Back on the check-in, it goes on with what it had left (about 20 minutes), not 15 afresh.
    expect(back.timer?.remainingMs).toBeGreaterThan(19 * 60_000);
    expect((await state(ana.api, w.id)).agenda?.currentItemId).toBe(checkIn.id);
  });

  it("ends after the last item, and keeps items that have begun", async () => {
    const w = await workshopWith("general");
    let from: string | null = null;
    for (let step = 0; step < 5; step++) {
      from = (await advance(w, from)).currentItemId;
    }
    const ended = await bodyAt(moveAgenda(w.api, w.id, "advance", from), 200);
    expect(ended.agenda?.finishedAt).toBeTypeOf("number");
    expect(ended.timer).toBeNull();
    const again = await bodyAt(moveAgenda(w.api, w.id, "advance", null), 409);
    expect(again.error.code).toBe("agenda_finished");
    const items = editable(ended.agenda as Agenda);
    const removed = await bodyAt(saveAgenda(w.api, w.id, { version: 1, items: items.slice(1) }), 409);
    expect(removed.error.code).toBe("agenda_item_started");
    const reopened = await moveAgenda(w.api, w.id, "back", null);
    expect((await bodyAt(reopened, 200)).agenda?.currentItemId).toBe(items[4]?.id);
  });
});

describe("activities bound to agenda items", () => {
  it("opens voting only during the group dynamic, on the server", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const add = ana.api.workshops[":id"].lists[":listId"].items.$post({
      param: { id: w.id, listId: w.listId },
      json: { title: "Map the carers", phase: "co-design" },
    });
    const step = await bodyAt(add, 201);
    const vote = () =>
      ana.api.workshops[":id"].items[":itemId"].vote.$put({ param: { id: w.id, itemId: step.id }, json: { dots: 1 } });
    expect((await bodyAt(vote(), 409)).error.code).toBe("voting_closed");
    let from: string | null = null;
    const next = async () => {
      const agenda = await advance(w, from);
      from = agenda.currentItemId;
      return agenda;
    };
    for (let step = 0; step < 3; step++) {
      const agenda = await next();
      expect(agenda.votingOpen).toBe(false);
      expect((await bodyAt(vote(), 409)).error.code).toBe("voting_closed");
    }
    expect((await next()).votingOpen).toBe(true);
    expect((await bodyAt(vote(), 200)).dots).toBe(1);
    const closing = await next();
    expect(closing).toMatchObject({ votingOpen: false, listLocked: true });
  });

  it("locks the steps at check-out, and going back opens them again", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const add = (title: string) =>
      ana.api.workshops[":id"].lists[":listId"].items.$post({
        param: { id: w.id, listId: w.listId },
        json: { title, phase: "co-design" },
      });
    const step = await bodyAt(add("Before the close"), 201);
    let from: string | null = null;
    for (let i = 0; i < 5; i++) {
      from = (await advance(w, from)).currentItemId;
    }
    expect((await bodyAt(add("After the close"), 409)).error.code).toBe("list_locked");
    const item = ana.api.workshops[":id"].items[":itemId"];
    const param = { id: w.id, itemId: step.id };
    const edit = item.$patch({ param, json: { title: "Changed", phase: "co-design", version: 1 } });
    expect((await bodyAt(edit, 409)).error.code).toBe("list_locked");
    const evidence = await item.evidence.$post({ param, json: { caseId: "anything" } });
    expect(evidence.status).toBe(409);
    await moveAgenda(w.api, w.id, "back", from);
    expect((await add("Reopened")).status).toBe(201);
  });

  it("refuses agenda changes once the workshop is closed", async () => {
    const w = await workshopWith("general");
    await w.api.workshops[":id"].close.$post({ param: { id: w.id }, json: {} });
    const res = await bodyAt(moveAgenda(w.api, w.id, "advance", null), 409);
    expect(res.error.code).toBe("workshop_closed");
    const put = await bodyAt(saveAgenda(w.api, w.id, { version: 1, items: editable(w.agenda) }), 409);
    expect(put.error.code).toBe("workshop_closed");
  });
});
