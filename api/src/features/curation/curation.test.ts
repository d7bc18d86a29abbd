/** The contribution and review workflow through the API, against a real database. */

import { readAtlasData } from "@atlas/db/data-files";
import { seedDatabase } from "@atlas/db/seed";
import { writeDataDir } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { curatorSession, member, nextAddress, type TestApp, testApp } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** A new case in Seville with a new cooperative and a new source, proposed as the form does. */
function caseBundle(id = "seville-food-bank", title = "Seville neighbourhood food bank") {
  return {
    record: {
      id,
      title,
      summary: "Neighbours run a food bank with the city's social services.",
      country: "ES",
      city: "Sevilla",
      latitude: 37.39,
      longitude: -5.98,
      locationPrecision: "city",
      phase: ["co-delivery"],
      policyDomain: ["care"],
      participants: [
        { stakeholder: "city-of-seville", role: "initiator" },
        { stakeholder: `${id}-coop`, role: "provider" },
      ],
      relationships: [
        {
          from: "city-of-seville",
          to: `${id}-coop`,
          type: "agreement",
          basis: "An agreement for premises.",
          sources: [`${id}-page`],
        },
      ],
      sources: [`${id}-page`],
    },
    stakeholders: [
      {
        id: `${id}-coop`,
        name: "Banco de Alimentos Vecinal",
        type: "sse-organisation",
        country: "ES",
        sources: [`${id}-page`],
      },
    ],
    sources: [{ id: `${id}-page`, url: `https://example.org/${id}`, title: "The food bank's page" }],
  };
}

async function propose(bundle = caseBundle(), name = "Amina") {
  const res = await member(t, undefined, nextAddress())<{ id: string; secret: string }>(
    "POST",
    "/contributions/cases",
    {
      bundle,
      proposer: { name },
    },
  );
  expect(res.status).toBe(201);
  return { ...res.body, asProposer: member(t, res.body.secret, nextAddress()) };
}

describe("proposing", () => {
  it("answers a private link; the proposal is readable with it only", async () => {
    const p = await propose();
    const status = await p.asProposer<{ status: string; title: string; proposerName: string }>(
      "GET",
      `/contributions/${p.id}`,
    );
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      status: "pending",
      title: "Seville neighbourhood food bank",
      proposerName: "Amina",
    });
    expect((await member(t, "x".repeat(43))("GET", `/contributions/${p.id}`)).status).toBe(404);
    expect((await member(t)("GET", `/contributions/${p.id}`)).status).toBe(404);
  });

  it("names every problem by its path, with the rules of the data files", async () => {
    const bundle = caseBundle("bad-case");
    (bundle.record as Record<string, unknown>).summary = "";
    (bundle.record as Record<string, unknown>).latitude = 120;
    const res = await member(t, undefined, nextAddress())<{ error: { code: string; details: { path: string }[] } }>(
      "POST",
      "/contributions/cases",
      { bundle },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_body");
    expect(res.body.error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(["bundle.record.summary", "bundle.record.latitude"]),
    );
    const unknown = caseBundle("unknown-refs");
    unknown.record.participants.push({ stakeholder: "nobody-here", role: "provider" });
    const refs = await member(t, undefined, nextAddress())<{ error: { details: { path: string; message: string }[] } }>(
      "POST",
      "/contributions/cases",
      { bundle: unknown },
    );
    expect(refs.status).toBe(400);
    expect(refs.body.error.details).toEqual([
      expect.objectContaining({
        path: "bundle.record.participants.2.stakeholder",
        message: 'refers to unknown "nobody-here"',
      }),
    ]);
  });

  it("stores nothing when the hidden field is filled, and limits proposals per address", async () => {
    const before = await t.db.$client.execute("SELECT count(*) AS n FROM proposals");
    const bot = await member(t, undefined, nextAddress())("POST", "/contributions/cases", {
      bundle: caseBundle("bot-case"),
      website: "http://spam.example",
    });
    expect(bot.status).toBe(201);
    expect((await t.db.$client.execute("SELECT count(*) AS n FROM proposals")).rows[0]?.n).toBe(before.rows[0]?.n);
    const from = nextAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (
          await member(t, undefined, from)("POST", "/contributions/cases", {
            bundle: caseBundle(`flood-${i}`, `Flood ${i}`),
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe("text in a proposal", () => {
  it("refuses control characters, naming the field; publishes names without invisible characters", async () => {
    const anyone = member(t, undefined, nextAddress());
    const withNul = await anyone<{ error: { code: string; details: { path?: string; parameter: string }[] } }>(
      "POST",
      "/contributions/cases",
      { bundle: caseBundle("seville-nul"), proposer: { name: "Amina" }, note: "see\u0000this" },
    );
    expect(withNul.status).toBe(400);
    expect(withNul.body.error.code).toBe("invalid_body");
    expect(withNul.body.error.details[0]?.parameter).toBe("note");

    const bundle = caseBundle("seville-spoof", "\u202ESeville\u200B spoof\u2066 case");
    const coop = bundle.stakeholders[0];
    if (coop) coop.name = "Banco\u200D de\u202E Alimentos";
    const p = await propose(bundle, "\u202Enimda\u200B");
    const curator = await curatorSession(t, "curator", "Rosa Reviewer");
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    const accepted = await curator.call("POST", `/curation/proposals/${p.id}/accept`, { version: detail.body.version });
    expect(accepted.status).toBe(200);
    const published = await t.json<{ title: string }>("/api/cases/seville-spoof");
    expect(published.body.title).toBe("Seville spoof case");
    const stakeholder = await t.json<{ name: string }>("/api/stakeholders/seville-spoof-coop");
    expect(stakeholder.body.name).toBe("Banco de Alimentos");
    const history = await t.json<{ provenance: { proposedBy: string } }>("/api/history/case/seville-spoof");
    expect(history.body.provenance.proposedBy).toBe("nimda");
    const record = await curator.call<{ doc: { title: string } }>("GET", "/curation/records/case/seville-spoof");
    expect(record.body.doc.title).toBe("Seville spoof case");
  });
});

describe("reviewing", () => {
  it("asks for changes, takes the answer, accepts, and publishes everywhere with provenance", async () => {
    const p = await propose(caseBundle("seville-care-two", "Seville care co-delivery, second phase"));
    const curator = await curatorSession(t, "curator", "Rosa Reviewer");
    const queue = await curator.call<{ items: { id: string; title: string }[] }>(
      "GET",
      "/curation/proposals?kind=case&country=ES&pageSize=200",
    );
    expect(queue.body.items.map((i) => i.id)).toContain(p.id);
    const detail = await curator.call<{
      version: number;
      changes: { field: string }[];
      duplicates: { record: { id: string }[] };
      newSources: { url: string }[];
    }>("GET", `/curation/proposals/${p.id}`);
    expect(detail.body.duplicates.record.map((d) => d.id)).toContain("seville-care");
    expect(detail.body.changes.map((c) => c.field)).toContain("summary");
    expect(detail.body.newSources[0]?.url).toBe("https://example.org/seville-care-two");

    const asked = await curator.call("POST", `/curation/proposals/${p.id}/ask`, {
      version: detail.body.version,
      message: "Which year did it start?",
    });
    expect(asked.status).toBe(204);
    const seen = await p.asProposer<{ status: string; messages: { kind: string; body: string }[] }>(
      "GET",
      `/contributions/${p.id}`,
    );
    expect(seen.body.status).toBe("changes-requested");
    expect(seen.body.messages.at(-1)).toMatchObject({ kind: "question", body: "Which year did it start?" });

    const revised = caseBundle("seville-care-two", "Seville care co-delivery, second phase");
    Object.assign(revised.record, { startYear: 2019, startSource: "seville-care-two-page" });
    const answered = await p.asProposer<{ status: string }>("POST", `/contributions/${p.id}/messages`, {
      body: "It started in 2019.",
      bundle: revised,
    });
    expect(answered.body.status).toBe("pending");

    const stale = await curator.call("POST", `/curation/proposals/${p.id}/accept`, { version: detail.body.version });
    expect(stale.status).toBe(409);
    const fresh = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    const accepted = await curator.call<{ kind: string; id: string }>("POST", `/curation/proposals/${p.id}/accept`, {
      version: fresh.body.version,
      message: "Thank you!",
    });
    expect(accepted.body).toEqual({ kind: "case", id: "seville-care-two" });

    const published = await t.json<{ startYear: number; stakeholders: { id: string }[] }>(
      "/api/cases/seville-care-two",
    );
    expect(published.status).toBe(200);
    expect(published.body.startYear).toBe(2019);
    const search = await t.json<{ items: { id: string }[] }>("/api/cases?q=second%20phase");
    expect(search.body.items.map((i) => i.id)).toContain("seville-care-two");
    const points = await t.json<{ features: { properties: { id: string } }[] }>("/api/cases.geojson");
    expect(points.body.features.map((f) => f.properties.id)).toContain("seville-care-two");
    const network = await t.json<{ nodes: { id: string }[] }>("/api/network");
    expect(network.body.nodes.map((n) => n.id)).toContain("seville-care-two-coop");
    const csv = await (await t.request("/api/cases.csv")).text();
    expect(csv).toContain("seville-care-two");

    const history = await t.json<{
      provenance: { origin: string; proposedBy: string; reviewedBy: string };
      revisions: { action: string; by: { type: string; name: string; reviewer: string } }[];
    }>("/api/history/case/seville-care-two");
    expect(history.body.provenance).toMatchObject({
      origin: "contribution",
      proposedBy: "Amina",
      reviewedBy: "Rosa Reviewer",
    });
    expect(history.body.revisions[0]).toMatchObject({
      action: "accept",
      by: { type: "proposer", name: "Amina", reviewer: "Rosa Reviewer" },
    });

    const done = await p.asProposer<{ status: string; record: { id: string } }>("GET", `/contributions/${p.id}`);
    expect(done.body).toMatchObject({ status: "accepted", record: { id: "seville-care-two" } });
    expect((await p.asProposer("POST", `/contributions/${p.id}/messages`, { body: "One more thing" })).status).toBe(
      409,
    );
  });

  it("keeps a contribution's own language as the original, and says who wrote it", async () => {
    const bundle = caseBundle("sevilla-comedor", "Comedor vecinal de Sevilla");
    Object.assign(bundle.record, { language: "es", summary: "Los vecinos llevan un comedor con la ciudad." });
    Object.assign(bundle.stakeholders[0] ?? {}, { language: "es" });
    const p = await propose(bundle, "Lucía");
    const curator = await curatorSession(t, "curator", "Rosa Reviewer");
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    await curator.call("POST", `/curation/proposals/${p.id}/accept`, { version: detail.body.version });

    type Read = {
      summary: string;
      content: { original: unknown; translation: unknown; fields: Record<string, string> };
    };
    const spanish = await t.json<Read>("/api/cases/sevilla-comedor?lang=es");
    expect(spanish.body.content.original).toEqual({ lang: "es", writtenBy: "contributor", sourceLanguages: [] });
    expect(spanish.body.content.translation).toBeNull();
    expect(spanish.body.content.fields.summary).toBe("original");
    // An English reader gets the Spanish words, marked as not yet translated, never as English.
    const english = await t.json<Read>("/api/cases/sevilla-comedor");
    expect(english.body.summary).toBe("Los vecinos llevan un comedor con la ciudad.");
    expect(english.body.content.fields.summary).toBe("fallback");
    const stakeholder = await t.json<{ content: { original: { lang: string } } }>(
      "/api/stakeholders/sevilla-comedor-coop",
    );
    expect(stakeholder.body.content.original.lang).toBe("es");
    // A seeded record: English, by the atlas editors.
    const seeded = await t.json<Read>("/api/cases/seville-care?lang=es");
    expect(seeded.body.content.original).toMatchObject({ lang: "en", writtenBy: "atlas-editors" });
  });

  it("applies a correction with its source, and restores the earlier revision", async () => {
    const from = member(t, undefined, nextAddress());
    const proposed = await from<{ id: string }>("POST", "/contributions/corrections", {
      kind: "case",
      target: "tunis-housing",
      correction: {
        field: "summary",
        value: "Residents and the municipality co-design housing rules.",
        source: { id: "tunis-report", url: "https://example.org/tunis-report", title: "Tunis report" },
        note: "The report names the municipality.",
      },
    });
    expect(proposed.status).toBe(201);
    const curator = await curatorSession(t);
    const detail = await curator.call<{
      version: number;
      changes: { field: string; before: unknown; after: unknown }[];
    }>("GET", `/curation/proposals/${proposed.body.id}`);
    expect(detail.body.changes).toEqual([
      {
        field: "summary",
        before: "Residents co-design housing rules.",
        after: "Residents and the municipality co-design housing rules.",
      },
      { field: "sources", before: ["src-b"], after: ["src-b", "tunis-report"] },
    ]);
    await curator.call("POST", `/curation/proposals/${proposed.body.id}/accept`, { version: detail.body.version });
    const corrected = await t.json<{ summary: string; sources: { url: string }[] }>("/api/cases/tunis-housing");
    expect(corrected.body.summary).toBe("Residents and the municipality co-design housing rules.");
    expect(corrected.body.sources.map((s) => s.url)).toContain("https://example.org/tunis-report");

    const edit = await curator.call<{ revision: number }>("GET", "/curation/records/case/tunis-housing");
    const restored = await curator.call("POST", "/curation/records/case/tunis-housing/restore", {
      revision: edit.body.revision,
      number: 1,
      reason: "The report was misread",
    });
    expect(restored.status).toBe(204);
    expect((await t.json<{ summary: string }>("/api/cases/tunis-housing")).body.summary).toBe(
      "Residents co-design housing rules.",
    );
    const history = await t.json<{ revisions: { number: number; action: string; reason: string | null }[] }>(
      "/api/history/case/tunis-housing",
    );
    expect(history.body.revisions.map((r) => r.action)).toEqual(["restore", "accept", "seed"]);
    expect(
      (await curator.call("POST", "/curation/records/case/tunis-housing/restore", { revision: 1, number: 1 })).status,
    ).toBe(409);
  });

  it("merges a duplicate proposal into the published record", async () => {
    const bundle = caseBundle("seville-care-copy", "Seville care co-delivery (copy)");
    Object.assign(bundle.record, { outcomes: "200 households served." });
    const p = await propose(bundle);
    const curator = await curatorSession(t);
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    const merged = await curator.call("POST", `/curation/proposals/${p.id}/merge`, {
      version: detail.body.version,
      into: "seville-care",
    });
    expect(merged.status).toBe(200);
    const record = await t.json<{ outcomes: string; title: string }>("/api/cases/seville-care");
    expect(record.body).toMatchObject({ title: "Seville care co-delivery", outcomes: "200 households served." });
    expect((await t.request("/api/cases/seville-care-copy")).status).toBe(404);
    expect((await p.asProposer<{ status: string }>("GET", `/contributions/${p.id}`)).body.status).toBe("merged");
  });

  it("rejects with a reason the proposer reads", async () => {
    const p = await propose(caseBundle("not-coproduction", "Not co-production"));
    const curator = await curatorSession(t);
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    await curator.call("POST", `/curation/proposals/${p.id}/reject`, {
      version: detail.body.version,
      reason: "No public body takes part.",
    });
    const seen = await p.asProposer<{ status: string; messages: { kind: string; body: string }[] }>(
      "GET",
      `/contributions/${p.id}`,
    );
    expect(seen.body.status).toBe("rejected");
    expect(seen.body.messages.at(-1)).toMatchObject({ kind: "rejected", body: "No public body takes part." });
  });

  it("keeps every contribution and edit when the data is seeded again", async () => {
    const p = await propose(caseBundle("kept-case", "A case that must survive"));
    const curator = await curatorSession(t);
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${p.id}`);
    await curator.call("POST", `/curation/proposals/${p.id}/accept`, { version: detail.body.version });
    const before = await t.json<{ total: number }>("/api/cases");
    await seedDatabase(t.db, { data: await readAtlasData(await writeDataDir()), force: true });
    const after = await t.json<{ total: number }>("/api/cases");
    expect(after.body.total).toBe(before.body.total);
    expect((await t.request("/api/cases/kept-case")).status).toBe(200);
  });
});
