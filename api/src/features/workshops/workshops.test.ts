import { readAtlasData } from "@atlas/db/data-files";
import { seedDatabase } from "@atlas/db/seed";
import { fixtureFiles, writeDataDir } from "@atlas/db/testing";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { member, nextAddress, type TestApp, testApp, testWorkshop } from "../../testing.ts";
import { joinPerAddress, joinPerCodePrefix } from "./limits.ts";

type Item = {
  id: string;
  version: number;
  title: string;
  description: string;
  votes: number | null;
  myDots: number;
  evidence: { id: number; caseId: string | null; caseTitle: string; city: string | null }[];
  stakeholderTypes: string[];
  commentCount: number;
};
type Failure = { error: { code: string; message: string; details?: Record<string, unknown>[] } };

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterEach(() => {
  vi.useRealTimers();
});

const newStep = (
  w: { id: string; listId: string },
  call: ReturnType<typeof member>,
  title = "Step",
  phase = "co-design",
) => call<Item>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title, phase });

describe("creating and joining", () => {
  it("names the first list in the workshop's language", async () => {
    const created = await member(t, undefined, nextAddress())<{ workshopId: string; secret: string }>(
      "POST",
      "/workshops",
      { title: "الرعاية في تونس", language: "ar", facilitatorName: "أمل" },
    );
    const state = await member(t, created.body.secret)<{ lists: { title: string }[] }>(
      "GET",
      `/workshops/${created.body.workshopId}`,
    );
    expect(state.body.lists.map((l) => l.title)).toEqual(["التوصيات"]);
  });

  it("gives the facilitator a secret and a code once, and stores neither in clear", async () => {
    const res = await member(t, undefined, nextAddress())<{ workshopId: string; secret: string; joinCode: string }>(
      "POST",
      "/workshops",
      { title: "Energy in Karditsa", language: "el", facilitatorName: "Eleni" },
    );
    expect(res.status).toBe(201);
    expect(res.body.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const stored = await t.db.$client.execute({
      sql: "SELECT m.secret_hash, w.join_code_hash FROM workshop_members m JOIN workshops w ON w.id = m.workshop_id WHERE w.id = ?",
      args: [res.body.workshopId],
    });
    const row = JSON.stringify(stored.rows);
    expect(row).not.toContain(res.body.secret);
    expect(row).not.toContain(res.body.joinCode.replace("-", ""));
    const state = await member(t, res.body.secret)<{ dotsPerMember: number; me: { role: string } }>(
      "GET",
      `/workshops/${res.body.workshopId}`,
    );
    expect(state.body).toMatchObject({ dotsPerMember: 5, me: { role: "facilitator", name: "Eleni" } });
  });

  it("lets participants join with the code typed loosely, each with their own secret", async () => {
    const w = await testWorkshop(t);
    const loose = w.joinCode.toLowerCase().replace("-", " ");
    const res = await member(t, undefined, nextAddress())<{ workshopId: string; secret: string }>(
      "POST",
      "/workshops/join",
      { code: loose, name: "Bo" },
    );
    expect(res.status).toBe(201);
    expect(res.body.workshopId).toBe(w.id);
    const me = await member(t, res.body.secret)<{ me: { name: string; role: string }; members: unknown[] }>(
      "GET",
      `/workshops/${w.id}`,
    );
    expect(me.body.me).toMatchObject({ name: "Bo", role: "participant" });
    expect(me.body.members).toHaveLength(2);
  });

  it("refuses a wrong code, and a new code replaces the old one", async () => {
    const w = await testWorkshop(t);
    const join = (code: string) =>
      member(t, undefined, nextAddress())<Failure>("POST", "/workshops/join", { code, name: "X" });
    expect((await join("ZZZZZ-ZZZZZ")).body.error.code).toBe("invalid_code");
    const rotated = await w.facilitator<{ joinCode: string }>("POST", `/workshops/${w.id}/join-code`, {});
    expect((await join(w.joinCode)).status).toBe(404);
    expect((await join(rotated.body.joinCode)).status).toBe(201);
  });

  it.each([
    ["no title", { language: "en", facilitatorName: "F" }, "title"],
    ["an unknown language", { title: "T", language: "xx", facilitatorName: "F" }, "language"],
    ["too many dots", { title: "T", language: "en", facilitatorName: "F", dotsPerMember: 500 }, "dotsPerMember"],
  ])("answers 400 for %s, naming the field", async (_name, body, field) => {
    const res = await member(t, undefined, nextAddress())<Failure>("POST", "/workshops", body);
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0]).toMatchObject({ parameter: field });
  });

  it("accepts JSON only, and not too much of it", async () => {
    const form = await t.request("/api/workshops", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "title=T",
    });
    expect(form.status).toBe(415);
    const big = await member(t, undefined, nextAddress())("POST", "/workshops", { title: "x".repeat(40_000) });
    expect(big.status).toBe(413);
    const broken = await t.request("/api/workshops", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
  });
});

describe("join rate limiting", () => {
  const minuteStart = () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.ceil(Date.now() / 60_000) * 60_000 + 1_000);
  };

  it("answers 429 with Retry-After past the limit per address, whatever X-Forwarded-For says", async () => {
    minuteStart();
    const limited = await testApp();
    const attempt = (forwarded?: string) =>
      limited.request(
        "/api/workshops/join",
        {
          method: "POST",
          headers: { "content-type": "application/json", ...(forwarded ? { "x-forwarded-for": forwarded } : {}) },
          body: JSON.stringify({ code: `${String.fromCharCode((65 + Math.random() * 20) | 0)}BCDE-FGHJK`, name: "G" }),
        },
        "203.0.113.9",
      );
    for (let i = 0; i < joinPerAddress.max; i++) expect((await attempt()).status).toBe(404);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as Failure).error.code).toBe("too_many_requests");
    for (const forged of ["198.51.100.1", "127.0.0.1", "203.0.113.10, 10.0.0.1"]) {
      expect((await attempt(forged)).status).toBe(429);
    }
    const other = await limited.request(
      "/api/workshops/join",
      { method: "POST", headers: { "content-type": "application/json" }, body: '{"code":"QQQQQ-QQQQQ","name":"G"}' },
      "203.0.113.77",
    );
    expect(other.status).toBe(404);
  });

  it("limits guesses sharing a code prefix even from many addresses", async () => {
    minuteStart();
    const limited = await testApp();
    const attempt = (i: number) =>
      limited.request(
        "/api/workshops/join",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code: `XY${String(i).padStart(8, "2")}`, name: "G" }),
        },
        `198.18.${i >> 8}.${i & 255}`,
      );
    for (let i = 0; i < joinPerCodePrefix.max; i++) expect((await attempt(i)).status).toBe(404);
    expect((await attempt(joinPerCodePrefix.max)).status).toBe(429);
  });

  it("forgets a window once it has passed", async () => {
    minuteStart();
    const limited = await testApp();
    const attempt = () =>
      limited.request(
        "/api/workshops/join",
        { method: "POST", headers: { "content-type": "application/json" }, body: '{"code":"ABCDE-FGHJK","name":"G"}' },
        "203.0.113.50",
      );
    for (let i = 0; i <= joinPerAddress.max; i++) await attempt();
    expect((await attempt()).status).toBe(429);
    vi.setSystemTime(Date.now() + joinPerAddress.windowMs);
    expect((await attempt()).status).toBe(404);
  });
});

describe("a step's life", () => {
  it("checks stakeholder types against the vocabulary", async () => {
    const w = await testWorkshop(t);
    const res = await w.facilitator<Failure>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
      title: "S",
      phase: "co-design",
      stakeholderTypes: ["public-local", "aliens"],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details?.[0]).toEqual({
      parameter: "stakeholderTypes",
      message: 'unknown stakeholder type "aliens"',
    });
  });

  it("links cases as evidence with why, once each, and keeps them when the case leaves the atlas", async () => {
    const local = await testApp();
    const w = await testWorkshop(local);
    const step = await newStep(w, w.facilitator);
    const link = (caseId: string) =>
      w.facilitator<Item & Failure>("POST", `/workshops/${w.id}/items/${step.body.id}/evidence`, {
        caseId,
        why: "Residents wrote the rules",
      });
    expect((await link("tunis-housing")).body.evidence).toMatchObject([
      { caseId: "tunis-housing", caseTitle: "Tunis housing co-design", city: "Tunis" },
    ]);
    expect((await link("tunis-housing")).body.error.code).toBe("already_linked");
    expect((await link("atlantis")).status).toBe(404);
    const files = fixtureFiles();
    files.cases = files.cases.filter((c) => c.id !== "tunis-housing");
    await seedDatabase(local.db, { data: await readAtlasData(await writeDataDir(files)) });
    const list = await w.facilitator<{ items: Item[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`);
    expect(list.body.items[0]?.evidence).toMatchObject([
      { caseId: null, caseTitle: "Tunis housing co-design", city: "Tunis" },
    ]);
    const csv = await w.facilitator<string>("GET", `/workshops/${w.id}/lists/${w.listId}/export?format=csv`);
    expect(csv.body).toContain("Tunis housing co-design");
  });

  it("records who changed what, newest first, removal and restoring included", async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    const step = await newStep(w, ana.call, "First words");
    await w.facilitator("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
      version: 1,
      title: "Better words",
      phase: "co-delivery",
      stakeholderTypes: ["public-local"],
    });
    await w.facilitator("DELETE", `/workshops/${w.id}/items/${step.body.id}`);
    await w.facilitator("POST", `/workshops/${w.id}/items/${step.body.id}/restore`, {});
    const history = await ana.call<{
      items: { kind: string; author: { name: string }; snapshot: { title: string; stakeholderTypes: string[] } }[];
    }>("GET", `/workshops/${w.id}/items/${step.body.id}/history`);
    expect(history.body.items.map((r) => [r.kind, r.author.name, r.snapshot.title])).toEqual([
      ["restored", "Fatima", "Better words"],
      ["removed", "Fatima", "Better words"],
      ["edited", "Fatima", "Better words"],
      ["created", "Ana", "First words"],
    ]);
    expect(history.body.items[0]?.snapshot.stakeholderTypes).toEqual(["public-local"]);
  });

  it("moves steps after another or first, and refuses a place next to a removed step", async () => {
    const w = await testWorkshop(t);
    const [a, b, c] = [
      await newStep(w, w.facilitator, "A"),
      await newStep(w, w.facilitator, "B"),
      await newStep(w, w.facilitator, "C"),
    ];
    const move = (id: string, afterId: string | null) =>
      w.facilitator<{ order: string[] } & Failure>("POST", `/workshops/${w.id}/items/${id}/move`, { afterId });
    expect((await move(a.body.id, c.body.id)).body.order).toEqual([b.body.id, c.body.id, a.body.id]);
    expect((await move(a.body.id, null)).body.order).toEqual([a.body.id, b.body.id, c.body.id]);
    await w.facilitator("DELETE", `/workshops/${w.id}/items/${b.body.id}`);
    const stale = await move(c.body.id, b.body.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details?.[0]).toEqual({ current: { listId: w.listId, order: [a.body.id, c.body.id] } });
  });

  it("merges two steps: words given, evidence, types, dots and comments combined, the source kept", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const target = await newStep(w, ana.call, "Listen");
    const source = await newStep(w, ana.call, "Hear");
    await ana.call("POST", `/workshops/${w.id}/items/${source.body.id}/evidence`, { caseId: "seville-care" });
    await ana.call("PUT", `/workshops/${w.id}/items/${source.body.id}/vote`, { dots: 2 });
    await ana.call("PUT", `/workshops/${w.id}/items/${target.body.id}/vote`, { dots: 1 });
    await ana.call("POST", `/workshops/${w.id}/items/${source.body.id}/comments`, { body: "Same idea" });
    const stale = await w.facilitator<Failure>("POST", `/workshops/${w.id}/items/${target.body.id}/merge`, {
      sourceId: source.body.id,
      sourceVersion: 7,
      version: 1,
      title: "Listen and hear",
    });
    expect(stale.body.error.code).toBe("version_conflict");
    expect(stale.body.error.details).toHaveLength(2);
    const merged = await w.facilitator<{ target: Item; source: Item & { mergedInto: string; removed: boolean } }>(
      "POST",
      `/workshops/${w.id}/items/${target.body.id}/merge`,
      { sourceId: source.body.id, sourceVersion: 1, version: 1, title: "Listen and hear" },
    );
    expect(merged.status).toBe(200);
    expect(merged.body.target).toMatchObject({ title: "Listen and hear", version: 2, votes: 3, commentCount: 1 });
    expect(merged.body.target.evidence.map((e) => e.caseId)).toEqual(["seville-care"]);
    expect(merged.body.source).toMatchObject({ removed: true, mergedInto: target.body.id });
    const me = await ana.call<{ myDotsUsed: number }>("GET", `/workshops/${w.id}`);
    expect(me.body.myDotsUsed).toBe(3);
    const restore = await w.facilitator<Failure>("POST", `/workshops/${w.id}/items/${source.body.id}/restore`, {});
    expect(restore.body.error.code).toBe("item_merged");
  });
});

describe("the facilitator's controls", () => {
  it("hides vote totals from participants until the phase is locked, and lets no one change a locked phase", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const bo = await w.join("Bo");
    const step = await newStep(w, ana.call);
    const settings = await w.facilitator<{ version: number }>("GET", `/workshops/${w.id}`);
    await w.facilitator("PATCH", `/workshops/${w.id}`, { version: settings.body.version, votesHidden: true });
    await ana.call("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 2 });
    await bo.call("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 1 });
    const seen = async (call: ReturnType<typeof member>) =>
      (await call<{ items: Item[] }>("GET", `/workshops/${w.id}/lists/${w.listId}`)).body.items[0];
    expect(await seen(ana.call)).toMatchObject({ votes: null, myDots: 2 });
    expect(await seen(w.facilitator)).toMatchObject({ votes: 3, myDots: 0 });
    expect((await w.facilitator("PUT", `/workshops/${w.id}/locks/co-design`, {})).status).toBe(200);
    expect(await seen(ana.call)).toMatchObject({ votes: 3, myDots: 2 });
    const edit = await ana.call<Failure>("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
      version: 1,
      title: "Changed",
      phase: "co-design",
    });
    expect(edit.body.error.code).toBe("phase_locked");
    expect(
      (await bo.call<Failure>("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 2 })).body.error.code,
    ).toBe("phase_locked");
    expect((await newStep(w, ana.call, "Late", "co-design")).status).toBe(409);
    expect((await newStep(w, ana.call, "Elsewhere", "co-delivery")).status).toBe(201);
    expect((await w.facilitator("DELETE", `/workshops/${w.id}/locks/co-design`)).status).toBe(200);
    expect(
      (
        await ana.call("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
          version: 1,
          title: "Changed",
          phase: "co-design",
        })
      ).status,
    ).toBe(200);
  });

  it("sets a timer everyone sees as time left, and sorts a list by votes", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const [a, b] = [await newStep(w, ana.call, "A"), await newStep(w, ana.call, "B")];
    await ana.call("PUT", `/workshops/${w.id}/items/${b.body.id}/vote`, { dots: 3 });
    const timer = await w.facilitator<{ timer: { remainingMs: number; label: string } }>(
      "PUT",
      `/workshops/${w.id}/timer`,
      { seconds: 600, label: "Vote now" },
    );
    expect(timer.body.timer.label).toBe("Vote now");
    const seen = await ana.call<{ timer: { remainingMs: number } }>("GET", `/workshops/${w.id}`);
    expect(seen.body.timer.remainingMs).toBeGreaterThan(590_000);
    const sorted = await w.facilitator<{ order: string[] }>(
      "POST",
      `/workshops/${w.id}/lists/${w.listId}/sort-by-votes`,
      {},
    );
    expect(sorted.body.order).toEqual([b.body.id, a.body.id]);
    expect((await w.facilitator<{ timer: null }>("DELETE", `/workshops/${w.id}/timer`)).body.timer).toBeNull();
  });

  it("settings are versioned too", async () => {
    const w = await testWorkshop(t);
    const first = await w.facilitator<{ version: number }>("PATCH", `/workshops/${w.id}`, { version: 1, title: "One" });
    expect(first.body.version).toBe(2);
    const stale = await w.facilitator<Failure>("PATCH", `/workshops/${w.id}`, { version: 1, title: "Two" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details?.[0]).toMatchObject({ current: { title: "One", version: 2 } });
  });

  it("closes the workshop: still readable and exportable by members, no longer writable or joinable", async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    const step = await newStep(w, ana.call);
    await ana.call("POST", `/workshops/${w.id}/items/${step.body.id}/comments`, { body: "Done" });
    expect((await w.facilitator<{ status: string }>("POST", `/workshops/${w.id}/close`, {})).body.status).toBe(
      "closed",
    );
    expect((await ana.call("GET", `/workshops/${w.id}`)).status).toBe(200);
    expect((await ana.call("GET", `/workshops/${w.id}/lists/${w.listId}`)).status).toBe(200);
    expect((await ana.call("GET", `/workshops/${w.id}/items/${step.body.id}/comments`)).status).toBe(200);
    expect((await ana.call("GET", `/workshops/${w.id}/lists/${w.listId}/export?format=markdown`)).status).toBe(200);
    const writes = [
      ana.call<Failure>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title: "Late", phase: "co-design" }),
      ana.call<Failure>("PATCH", `/workshops/${w.id}/items/${step.body.id}`, {
        version: 1,
        title: "X",
        phase: "co-design",
      }),
      ana.call<Failure>("PUT", `/workshops/${w.id}/items/${step.body.id}/vote`, { dots: 1 }),
      ana.call<Failure>("POST", `/workshops/${w.id}/items/${step.body.id}/comments`, { body: "More" }),
      ana.call<Failure>("POST", `/workshops/${w.id}/items/${step.body.id}/move`, { afterId: null }),
      ana.call<Failure>("POST", `/workshops/${w.id}/lists`, { title: "New" }),
      w.facilitator<Failure>("PATCH", `/workshops/${w.id}`, { version: 1, title: "X" }),
      w.facilitator<Failure>("PUT", `/workshops/${w.id}/timer`, { seconds: 60 }),
      w.facilitator<Failure>("DELETE", `/workshops/${w.id}/items/${step.body.id}`),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("workshop_closed");
    }
    const join = await member(t, undefined, nextAddress())<Failure>("POST", "/workshops/join", {
      code: w.joinCode,
      name: "Late",
    });
    expect(join.body.error.code).toBe("workshop_closed");
  });

  it("reopens a closed workshop for the facilitator: writable and joinable again, and announced", async () => {
    const w = await testWorkshop(t);
    const ana = await w.join("Ana");
    await w.facilitator("POST", `/workshops/${w.id}/close`, {});
    expect((await ana.call<Failure>("POST", `/workshops/${w.id}/reopen`, {})).status).toBe(403);
    const reopened = await w.facilitator<{ status: string }>("POST", `/workshops/${w.id}/reopen`, {});
    expect([reopened.status, reopened.body.status]).toEqual([200, "open"]);
    const again = await w.facilitator<{ status: string }>("POST", `/workshops/${w.id}/reopen`, {});
    expect([again.status, again.body.status]).toEqual([200, "open"]);
    const events = await t.db.$client.execute({
      sql: "SELECT json_extract(payload, '$.workshop.status') AS status FROM workshop_events WHERE workshop_id = ? AND type = 'workshop' ORDER BY id",
      args: [w.id],
    });
    expect(events.rows.map((r) => r.status)).toEqual(["closed", "open"]);
    expect((await newStep(w, ana.call, "After reopening")).status).toBe(201);
    const join = await member(t, undefined, nextAddress())("POST", "/workshops/join", { code: w.joinCode, name: "Bo" });
    expect(join.status).toBe(201);
  });
});

describe("exports", () => {
  it("give the list as JSON for the print page, Markdown and CSV, with votes, places and sources", async () => {
    const w = await testWorkshop(t, { language: "es" });
    const step = await newStep(w, w.facilitator, "Cuidar juntos");
    await w.facilitator("POST", `/workshops/${w.id}/items/${step.body.id}/evidence`, {
      caseId: "seville-care",
      why: "Funcionó",
    });
    const report = await w.facilitator<{
      steps: { phaseLabel: string; evidence: { place: string; sources: { url: string }[] }[] }[];
    }>("GET", `/workshops/${w.id}/lists/${w.listId}/export`);
    expect(report.body.steps[0]).toMatchObject({
      phaseLabel: "Codiseño",
      evidence: [
        {
          place: "Sevilla, España",
          location: { longitude: -5.97, latitude: 37.38 },
          sources: [{ url: "https://example.org/a" }],
        },
      ],
    });
    // The pack is for the workshop's members: anyone else is told there is no such workshop.
    const outsider = await testWorkshop(t);
    const refused = await outsider.facilitator<Failure>("GET", `/workshops/${w.id}/lists/${w.listId}/export`);
    expect([refused.status, refused.body.error.code]).toEqual([404, "not_found"]);
    const md = await w.facilitator<string>("GET", `/workshops/${w.id}/lists/${w.listId}/export?format=markdown`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(md.headers.get("content-disposition")).toContain("recomendaciones.md");
    expect(md.body).toContain("## 1. Cuidar juntos");
    expect(md.body).toContain("(http://localhost/cases/seville-care)");
    const csv = await w.facilitator<string>("GET", `/workshops/${w.id}/lists/${w.listId}/export?format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body.split("\r\n")[1]).toContain("Cuidar juntos");
    expect((await w.facilitator("GET", `/workshops/${w.id}/lists/${w.listId}/export?format=pdf`)).status).toBe(400);
  });
});
