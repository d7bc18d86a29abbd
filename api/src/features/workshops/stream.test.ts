import { openDatabase } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { prepareDatabase } from "@atlas/db/prepare";
import { tempDatabaseUrl, writeDataDir } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { member, type TestApp, testApp, testAppOver, testWorkshop } from "../../testing.ts";
import { createStreamToken } from "./auth.ts";
import { eventHub } from "./hub.ts";
import { feedRetentionMs, pruneFeed } from "./prune.ts";
import { streamLimits, streamSlots } from "./stream-limits.ts";

type Received = { id: string | undefined; data: { type: string; [key: string]: unknown } };

/** Reads a text/event-stream body event by event; comments and retry lines are skipped. */
function eventReader(res: Response) {
  if (!res.body) throw new Error("no body");
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const seen: string[] = [];
  const next = async (timeoutMs = 2_000): Promise<Received> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        seen.push(block);
        const lines = block.split("\n");
        const data = lines.filter((l) => l.startsWith("data: ")).map((l) => l.slice(6));
        if (data.length === 0) continue;
        const id = lines.find((l) => l.startsWith("id: "))?.slice(4);
        return { id, data: JSON.parse(data.join("\n")) };
      }
      const wait = deadline - Date.now();
      if (wait <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), wait)),
      ]);
      if (chunk === "timeout") continue;
      if (chunk.done) throw new Error("the stream ended");
      buffer += chunk.value;
    }
  };
  return { next, seen, close: () => reader.cancel() };
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

async function openStream(app: TestApp, workshopId: string, secret: string, query = "", headers = {}) {
  const token = await member(app, secret)<{ token: string }>("POST", `/workshops/${workshopId}/stream-tokens`, {});
  const res = await app.request(`/api/workshops/${workshopId}/events?token=${token.body.token}${query}`, { headers });
  return { res, events: eventReader(res) };
}

describe("the event stream", () => {
  it("delivers each change to every member, with its event id, within a second", async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    const { res, events } = await openStream(t, w.id, w.secret);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const started = Date.now();
    const created = await ana.call<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "Listen first",
      phase: "co-design",
    });
    const event = await events.next(1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    // With the list's step count, which the list's tab shows.
    expect(event.data).toMatchObject({
      type: "item",
      item: { id: created.body.id, title: "Listen first" },
      itemCount: 1,
    });
    const stored = await t.db.$client.execute({
      sql: "SELECT max(id) AS id FROM workshop_events WHERE workshop_id = ?",
      args: [w.id],
    });
    expect(event.id).toBe(String(stored.rows[0]?.id));
    expect(events.seen[0]).toBe("retry: 2000");
    await events.close();
  });

  it("resumes after Last-Event-ID, or since, with exactly the events missed, in order", async () => {
    const w = await testWorkshop(t);
    const add = (title: string) =>
      w.facilitator<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
        title,
        phase: "co-design",
      });
    const first = await openStream(t, w.id, w.secret);
    await add("A");
    const a = await first.events.next();
    await first.events.close();
    const missed = [(await add("B")).body.id, (await add("C")).body.id];
    for (const resume of [
      () => openStream(t, w.id, w.secret, "", { "last-event-id": a.id }),
      () => openStream(t, w.id, w.secret, `&since=${a.id}`),
    ]) {
      const { events } = await resume();
      const replayed: Received[] = [];
      for (const _ of missed) replayed.push(await events.next());
      expect(replayed.map((e) => (e.data.item as { id: string }).id)).toEqual(missed);
      const ids = [Number(a.id), ...replayed.map((e) => Number(e.id))];
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      expect(new Set(ids).size).toBe(ids.length);
      const live = await add("Live");
      expect((await events.next()).data).toMatchObject({ item: { id: live.body.id } });
      missed.push(live.body.id);
      await events.close();
    }
  });

  it("tells a client that is ahead of the feed to reload", async () => {
    const w = await testWorkshop(t);
    const { events } = await openStream(t, w.id, w.secret, "&since=999999999");
    expect((await events.next()).data).toEqual({ type: "reset" });
    await events.close();
  });

  it("redacts for each member: hidden vote totals, another member's dots", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const bo = await w.join("Bo");
    const step = await ana.call<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "S",
      phase: "co-design",
    });
    await w.facilitator("PATCH", `/workshops/${w.id}`, { version: 1, votesHidden: true });
    const anaStream = await openStream(t, w.id, ana.secret);
    const fatimaStream = await openStream(t, w.id, w.secret);
    await bo.call("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 2 });
    expect((await anaStream.events.next()).data).toEqual({
      type: "vote",
      listId: w.listId,
      itemId: step.body.id,
      votes: null,
    });
    expect((await fatimaStream.events.next()).data).toMatchObject({ type: "vote", votes: 2 });
    await anaStream.events.close();
    await fatimaStream.events.close();
  });

  it("opens only with a genuine, unexpired token for this workshop", async () => {
    const w = await testWorkshop(t);
    const other = await testWorkshop(t);
    const viewer = { workshopId: w.id, memberId: "x", name: "x", role: "facilitator" as const };
    const state = await w.facilitator<{ me: { id: string } }>("GET", `/workshops/${w.id}`);
    const expired = await createStreamToken(t.db, { ...viewer, memberId: state.body.me.id }, Date.now() - 130_000);
    const valid = await createStreamToken(t.db, { ...viewer, memberId: state.body.me.id });
    const forged = `${valid.token.slice(0, -4)}AAAA`;
    const foreign = await member(t, other.secret)<{ token: string }>(
      "POST",
      `/workshops/${other.id}/stream-tokens`,
      {},
    );
    const open = (token: string) => t.request(`/api/workshops/${w.id}/events?token=${encodeURIComponent(token)}`);
    expect((await t.request(`/api/workshops/${w.id}/events`)).status).toBe(400);
    for (const token of [expired.token, forged, foreign.body.token, w.secret, "a.b.c.d"]) {
      expect((await open(token)).status).toBe(404);
    }
    const ok = await open(valid.token);
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
  });
});

describe("ending and resetting streams", () => {
  it("tells a removed member, then ends their stream", async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    const { events } = await openStream(t, w.id, ana.secret);
    await w.facilitator("DELETE", `/workshops/${w.id}/members/${ana.id}`);
    expect((await events.next()).data).toEqual({
      type: "member",
      member: { id: ana.id, name: "Ana", role: "participant" },
      removed: true,
    });
    await expect(events.next()).rejects.toThrow("the stream ended");
  });

  it("ends every open stream when the server shuts down, so the clients reconnect elsewhere", async () => {
    const own = await testApp();
    const w = await testWorkshop(own);
    const { events } = await openStream(own, w.id, w.secret);
    await w.facilitator("PUT", `/workshops/${w.id}/timer`, { seconds: 60 });
    expect((await events.next()).data.type).toBe("workshop");
    eventHub(own.db).close();
    await expect(events.next()).rejects.toThrow("the stream ended");
  });

  it("resets a client resuming from before the pruned feed, and replays for one after it", async () => {
    const own = await testApp();
    const w = await testWorkshop(own);
    const add = async (title: string) =>
      (
        await w.facilitator<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
          title,
          phase: "co-design",
        })
      ).body.id;
    const ids = async () =>
      (await own.db.$client.execute("SELECT id FROM workshop_events ORDER BY id")).rows.map((r) => Number(r.id));
    await add("A");
    await add("B");
    const [a, b] = await ids();
    // Two old events go: pruned as if a day had passed since they were written.
    expect(await pruneFeed(own.db, { now: Date.now() + feedRetentionMs + 1_000, limit: 2 })).toBe(2);
    const c = await add("C");
    const behind = await openStream(own, w.id, w.secret, `&since=${a}`);
    expect((await behind.events.next()).data).toEqual({ type: "reset" });
    await behind.events.close();
    const current = await openStream(own, w.id, w.secret, `&since=${b}`);
    expect((await current.events.next()).data).toMatchObject({ type: "item", item: { id: c } });
    await current.events.close();
    const state = await w.facilitator<{ eventId: number }>("GET", `/workshops/${w.id}`);
    const fresh = await openStream(own, w.id, w.secret, `&since=${state.body.eventId}`);
    const d = await add("D");
    expect((await fresh.events.next()).data).toMatchObject({ type: "item", item: { id: d } });
    await fresh.events.close();
  });
});

describe("several API processes on one database", () => {
  it.each([
    ["an embedded file (data_version change check)", true],
    ["a libSQL server (the feed's plain poll)", false],
  ])("each delivers the changes written through the other, from the stored feed: %s", async (_, changeCheck) => {
    const url = await tempDatabaseUrl();
    const data = await readAtlasData(await writeDataDir());
    const { db: first } = await prepareDatabase({ url }, { data });
    const second = await openDatabase({ url });
    const appA = createApp();
    const appB = createApp();
    const viaA = testAppOver(appA, first);
    const viaB = testAppOver(appB, second);
    eventHub(second, { changeCheck });
    const w = await testWorkshop(viaA);
    const ana = await w.join("Ana");
    const { events } = await openStream(viaB, w.id, ana.secret);
    const started = Date.now();
    const created = await w.facilitator<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "Written on A",
      phase: "co-delivery",
    });
    expect((await events.next(1_000)).data).toMatchObject({ type: "item", item: { id: created.body.id } });
    expect(Date.now() - started).toBeLessThan(1_000);
    await events.close();
  });
});

describe("the number of streams open at once", () => {
  it(`is capped at ${streamLimits.perMember} per member; a closed stream gives its place back`, async () => {
    const w = await testWorkshop(t);
    const open = [];
    for (let i = 0; i < streamLimits.perMember; i++) {
      const stream = await openStream(t, w.id, w.secret);
      expect(stream.res.status).toBe(200);
      open.push(stream);
    }
    const token = await member(t, w.secret)<{ token: string }>("POST", `/workshops/${w.id}/stream-tokens`, {});
    const refused = await t.request(`/api/workshops/${w.id}/events?token=${token.body.token}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("too_many_streams");
    // Another member of the same workshop is not held back by this one.
    const ana = await w.join("Ana");
    const theirs = await openStream(t, w.id, ana.secret);
    expect(theirs.res.status).toBe(200);
    await open.pop()?.events.close();
    await expect
      .poll(async () => {
        const again = await openStream(t, w.id, w.secret);
        if (again.res.status === 200) open.push(again);
        else await again.events.close().catch(() => {});
        return again.res.status;
      })
      .toBe(200);
    for (const stream of [...open, theirs]) await stream.events.close();
  });
  it(`is capped at ${streamLimits.perAddress} per address; other addresses are not held back`, async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    const room = "198.51.100.99";
    // The rest of a room behind one address holds all its places but one.
    const slots = streamSlots(t.db);
    const others = Array.from({ length: streamLimits.perAddress - 1 }, (_, i) => slots.take(`elsewhere-${i}`, room));
    const open = async (secret: string, from: string) => {
      const token = await member(t, secret)<{ token: string }>("POST", `/workshops/${w.id}/stream-tokens`, {});
      return t.request(`/api/workshops/${w.id}/events?token=${token.body.token}`, {}, from);
    };
    const last = await open(w.secret, room);
    expect(last.status).toBe(200);
    const refused = await open(ana.secret, room);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("too_many_streams");
    const elsewhere = await open(ana.secret, "198.51.100.100");
    expect(elsewhere.status).toBe(200);
    others.pop()?.();
    const again = await open(ana.secret, room);
    expect(again.status).toBe(200);
    for (const res of [last, elsewhere, again]) await res.body?.cancel();
    for (const release of others) release();
  });
});
