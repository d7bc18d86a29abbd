import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Item = { id: string; kind: string; title: string; minutes: number; activity: string | null; designers: string[] };
type Agenda = {
  version: number;
  startsAt: string | null;
  startsAtUtc: string | null;
  timeZone: string;
  items: (Item & { plannedStart: string | null; startedAt: number | null; endedAt: number | null })[];
  currentItemId: string | null;
  finishedAt: number | null;
  votingOpen: boolean;
  listLocked: boolean;
};
type Settings = { agenda: Agenda | null; timer: { remainingMs: number; label: string } | null; version: number };
type Failure = { error: { code: string; message: string; details?: Record<string, unknown>[] } };

async function workshopWith(template: "general" | "training-of-trainers") {
  const w = await testWorkshop(t, { agendaTemplate: template });
  const state = await w.facilitator<Settings>("GET", `/workshops/${w.id}`);
  return { ...w, agenda: state.body.agenda as Agenda };
}

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
    const res = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/template`, {
      template: "training-of-trainers",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.agenda?.items.map((i) => `${i.kind} ${i.minutes}`)).toEqual([
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
    expect((await none.facilitator<Settings>("GET", `/workshops/${none.id}`)).body.agenda).toBeNull();
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
    const res = await w.facilitator<Settings>("PUT", `/workshops/${w.id}/agenda`, {
      version: 1,
      startsAt: "2026-10-13T09:00",
      timeZone: "Europe/Paris",
      items,
    });
    expect(res.status).toBe(200);
    const agenda = res.body.agenda as Agenda;
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
    const seen = await participant.call<Settings>("GET", `/workshops/${w.id}`);
    expect(seen.body.agenda?.items).toHaveLength(5);
  });

  it("refuses a participant's edit (403), a stale version (409 with the current agenda) and bad items (400), changing nothing", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const items = editable(w.agenda);
    const put = (call: typeof w.facilitator, body: unknown) => call<Failure>("PUT", `/workshops/${w.id}/agenda`, body);
    expect((await put(ana.call, { version: 1, items })).status).toBe(403);
    expect((await ana.call<Failure>("POST", `/workshops/${w.id}/agenda/advance`, { from: null })).status).toBe(403);
    const saved = await put(w.facilitator, { version: 1, items: items.slice(1) });
    expect(saved.status).toBe(200);
    const stale = await put(w.facilitator, { version: 1, items });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect(stale.body.error.details?.[0]).toMatchObject({ current: { agenda: { version: 2 } } });
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
      const res = await put(w.facilitator, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toMatch(/^invalid_/);
    }
    const after = await w.facilitator<Settings>("GET", `/workshops/${w.id}`);
    expect(after.body.agenda?.version).toBe(2);
    expect(after.body.agenda?.items).toHaveLength(4);
  });

  it("names the designers of a webinar among the members", async () => {
    const w = await workshopWith("training-of-trainers");
    const [ana, bo] = [await w.join("Ana"), await w.join("Bo")];
    const items = editable(w.agenda);
    const webinar = items[1] as Item;
    webinar.designers = [ana.id, bo.id];
    const res = await w.facilitator<Settings>("PUT", `/workshops/${w.id}/agenda`, { version: 1, items });
    expect(res.status).toBe(200);
    expect(res.body.agenda?.items[1]?.designers).toEqual([ana.id, bo.id]);
  });
});

describe("running the agenda", () => {
  it("advances, extends and goes back, with the countdown of the current item for everyone", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const [checkIn, webinar] = w.agenda.items as unknown as [Item, Item];
    const move = (path: string, body: Record<string, unknown>) =>
      w.facilitator<Settings & Failure>("POST", `/workshops/${w.id}/agenda/${path}`, body);
    expect((await move("back", { from: null })).body.error.code).toBe("agenda_at_start");
    const started = await move("advance", { from: null });
    expect(started.status).toBe(200);
    expect(started.body.agenda?.currentItemId).toBe(checkIn.id);
    expect(started.body.timer?.remainingMs).toBeGreaterThan(14 * 60_000);
    // A repeated press (from the item already left) moves nothing.
    expect((await move("advance", { from: null })).body.error.code).toBe("version_conflict");
    const extended = await move("extend", { from: checkIn.id, minutes: 5 });
    expect(extended.body.timer?.remainingMs).toBeGreaterThan(19 * 60_000);
    const next = await move("advance", { from: checkIn.id });
    expect(next.body.agenda?.currentItemId).toBe(webinar.id);
    expect(next.body.timer?.remainingMs).toBeGreaterThan(59 * 60_000);
    const first = next.body.agenda?.items[0];
    expect(first?.startedAt).toBeTypeOf("number");
    expect(first?.endedAt).toBeTypeOf("number");
    const back = await move("back", { from: webinar.id });
    expect(back.body.agenda?.currentItemId).toBe(checkIn.id);
    // Back on the check-in, it goes on with what it had left (about 20 minutes), not 15 afresh.
    expect(back.body.timer?.remainingMs).toBeGreaterThan(19 * 60_000);
    const seen = await ana.call<Settings>("GET", `/workshops/${w.id}`);
    expect(seen.body.agenda?.currentItemId).toBe(checkIn.id);
  });

  it("ends after the last item, and keeps items that have begun", async () => {
    const w = await workshopWith("general");
    let from: string | null = null;
    for (let step = 0; step < 5; step++) {
      const res: { body: Settings } = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/advance`, {
        from,
      });
      from = res.body.agenda?.currentItemId ?? null;
    }
    const ended = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/advance`, { from });
    expect(ended.body.agenda?.finishedAt).toBeTypeOf("number");
    expect(ended.body.timer).toBeNull();
    const again = await w.facilitator<Failure>("POST", `/workshops/${w.id}/agenda/advance`, { from: null });
    expect(again.body.error.code).toBe("agenda_finished");
    const items = editable(ended.body.agenda as Agenda);
    const removed = await w.facilitator<Failure>("PUT", `/workshops/${w.id}/agenda`, {
      version: 1,
      items: items.slice(1),
    });
    expect(removed.status).toBe(409);
    expect(removed.body.error.code).toBe("agenda_item_started");
    const reopened = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/back`, { from: null });
    expect(reopened.body.agenda?.currentItemId).toBe(items[4]?.id);
  });
});

describe("activities bound to agenda items", () => {
  it("opens voting only during the group dynamic, on the server", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const step = await ana.call<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "Map the carers",
      phase: "co-design",
    });
    const vote = () =>
      ana.call<Failure & { dots: number }>("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 1 });
    const before = await vote();
    expect(before.status).toBe(409);
    expect(before.body.error.code).toBe("voting_closed");
    let from: string | null = null;
    const advance = async () => {
      const res: { body: Settings } = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/advance`, {
        from,
      });
      from = res.body.agenda?.currentItemId ?? null;
      return res.body.agenda as Agenda;
    };
    for (let step = 0; step < 3; step++) {
      const agenda = await advance();
      expect(agenda.votingOpen).toBe(false);
      expect((await vote()).body.error.code).toBe("voting_closed");
    }
    expect((await advance()).votingOpen).toBe(true);
    const during = await vote();
    expect(during.status).toBe(200);
    expect(during.body.dots).toBe(1);
    const closing = await advance();
    expect(closing).toMatchObject({ votingOpen: false, listLocked: true });
  });

  it("locks the steps at check-out, and going back opens them again", async () => {
    const w = await workshopWith("general");
    const ana = await w.join("Ana");
    const add = (title: string) =>
      ana.call<Failure & { id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
        title,
        phase: "co-design",
      });
    const step = await add("Before the close");
    expect(step.status).toBe(201);
    let from: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: { body: Settings } = await w.facilitator<Settings>("POST", `/workshops/${w.id}/agenda/advance`, {
        from,
      });
      from = res.body.agenda?.currentItemId ?? null;
    }
    const late = await add("After the close");
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("list_locked");
    const edit = await ana.call<Failure>("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
      title: "Changed",
      phase: "co-design",
      version: 1,
    });
    expect(edit.body.error.code).toBe("list_locked");
    const evidence = await ana.call<Failure>("POST", `/workshops/${w.id}/items/${step.body.id}/evidence`, {
      caseId: "anything",
    });
    expect(evidence.status).toBe(409);
    await w.facilitator("POST", `/workshops/${w.id}/agenda/back`, { from });
    expect((await add("Reopened")).status).toBe(201);
  });

  it("refuses agenda changes once the workshop is closed", async () => {
    const w = await workshopWith("general");
    await w.facilitator("POST", `/workshops/${w.id}/close`, {});
    const res = await w.facilitator<Failure>("POST", `/workshops/${w.id}/agenda/advance`, { from: null });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("workshop_closed");
    const put = await w.facilitator<Failure>("PUT", `/workshops/${w.id}/agenda`, {
      version: 1,
      items: editable(w.agenda),
    });
    expect(put.body.error.code).toBe("workshop_closed");
  });
});
