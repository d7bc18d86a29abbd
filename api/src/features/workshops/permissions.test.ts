import { beforeAll, describe, expect, it } from "vitest";
import { member, type TestApp, testApp, testWorkshop } from "../../testing.ts";
import { createSecret } from "./secrets.ts";

type Fixture = Awaited<ReturnType<typeof fixture>>;

/** A workshop with two participants, three steps (the first with evidence and a comment, the second removed), and another workshop. */
async function fixture(t: TestApp) {
  const w = await testWorkshop(t);
  const ana = await w.join("Ana");
  const call = ana.call<{ id: string }>;
  const first = (await call("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title: "A", phase: "co-design" }))
    .body.id;
  const second = (await call("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title: "B", phase: "co-design" }))
    .body.id;
  const third = (await call("POST", `/workshops/${w.id}/lists/${w.listId}/items`, { title: "C", phase: "co-design" }))
    .body.id;
  const withEvidence = await ana.call<{ evidence: { id: number }[] }>(
    "POST",
    `/workshops/${w.id}/items/${first}/evidence`,
    {
      caseId: "seville-care",
    },
  );
  const comment = (await call("POST", `/workshops/${w.id}/items/${first}/comments`, { body: "Yes" })).body.id;
  await w.facilitator("DELETE", `/workshops/${w.id}/items/${second}`);
  const other = await testWorkshop(t, { title: "Elsewhere" });
  const bo = (await w.join("Bo")).id;
  return {
    w,
    ana,
    bo,
    first,
    second,
    third,
    evidence: withEvidence.body.evidence[0]?.id ?? 0,
    comment,
    other,
  };
}

interface Case {
  route: string;
  who: "member" | "facilitator";
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
}

const step = () => ({ version: 1, title: "A2", phase: "co-design" });
const cases: Case[] = [
  { route: "GET /workshops/{id}", who: "member", path: (f) => `/workshops/${f.w.id}` },
  {
    route: "PATCH /workshops/{id}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}`,
    body: () => ({ version: 1, title: "New" }),
  },
  {
    route: "POST /workshops/{id}/close",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/close`,
    body: () => ({}),
  },
  {
    route: "POST /workshops/{id}/reopen",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/reopen`,
    body: () => ({}),
  },
  {
    route: "DELETE /workshops/{id}/members/{memberId}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/members/${f.bo}`,
  },
  {
    route: "PUT /workshops/{id}/locks/{phase}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/locks/co-design`,
    body: () => ({}),
  },
  {
    route: "DELETE /workshops/{id}/locks/{phase}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/locks/co-design`,
  },
  {
    route: "PUT /workshops/{id}/timer",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/timer`,
    body: () => ({ seconds: 60 }),
  },
  { route: "DELETE /workshops/{id}/timer", who: "facilitator", path: (f) => `/workshops/${f.w.id}/timer` },
  {
    route: "POST /workshops/{id}/join-code",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/join-code`,
    body: () => ({}),
  },
  {
    route: "POST /workshops/{id}/stream-tokens",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/stream-tokens`,
    body: () => ({}),
  },
  {
    route: "POST /workshops/{id}/lists",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/lists`,
    body: () => ({ title: "Plan B" }),
  },
  {
    route: "GET /workshops/{id}/lists/{listId}",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}`,
  },
  {
    route: "PATCH /workshops/{id}/lists/{listId}",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}`,
    body: () => ({ title: "Plan", version: 1 }),
  },
  {
    route: "DELETE /workshops/{id}/lists/{listId}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}`,
  },
  {
    route: "POST /workshops/{id}/lists/{listId}/sort-by-votes",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}/sort-by-votes`,
    body: () => ({}),
  },
  {
    route: "GET /workshops/{id}/lists/{listId}/export",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}/export?format=csv`,
  },
  {
    route: "POST /workshops/{id}/lists/{listId}/items",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/lists/${f.w.listId}/items`,
    body: () => ({ title: "C", phase: "co-delivery" }),
  },
  {
    route: "PATCH /workshops/{id}/items/{itemId}",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}`,
    body: step,
  },
  {
    route: "DELETE /workshops/{id}/items/{itemId}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}`,
  },
  {
    route: "POST /workshops/{id}/items/{itemId}/restore",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/items/${f.second}/restore`,
    body: () => ({}),
  },
  {
    route: "POST /workshops/{id}/items/{itemId}/move",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/move`,
    body: () => ({ afterId: null }),
  },
  {
    route: "POST /workshops/{id}/items/{itemId}/merge",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/merge`,
    body: (f) => ({ sourceId: f.third, sourceVersion: 1, version: 1, title: "AB" }),
  },
  {
    route: "GET /workshops/{id}/items/{itemId}/history",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/history`,
  },
  {
    route: "POST /workshops/{id}/items/{itemId}/evidence",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/evidence`,
    body: () => ({ caseId: "tunis-housing", why: "Residents" }),
  },
  {
    route: "DELETE /workshops/{id}/items/{itemId}/evidence/{evidenceId}",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/evidence/${f.evidence}`,
  },
  {
    route: "PUT /workshops/{id}/items/{itemId}/vote",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/vote`,
    body: () => ({ dots: 1 }),
  },
  {
    route: "GET /workshops/{id}/items/{itemId}/comments",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/comments`,
  },
  {
    route: "POST /workshops/{id}/items/{itemId}/comments",
    who: "member",
    path: (f) => `/workshops/${f.w.id}/items/${f.first}/comments`,
    body: () => ({ body: "Agreed" }),
  },
  {
    route: "DELETE /workshops/{id}/comments/{commentId}",
    who: "facilitator",
    path: (f) => `/workshops/${f.w.id}/comments/${f.comment}`,
  },
];

/** Routes tested elsewhere: creating and joining need no membership; the stream takes a token. */
const outsideTheMatrix = ["POST /workshops", "POST /workshops/join", "GET /workshops/{id}/events"];

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

describe("the permissions matrix", () => {
  it("covers every workshop route of the API", async () => {
    const { body } = await t.json<{ paths: Record<string, Record<string, unknown>> }>("/api/openapi.json");
    const routes = Object.entries(body.paths)
      .filter(([path]) => path.startsWith("/api/workshops"))
      .flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path.slice(4)}`));
    expect(routes.sort()).toEqual([...cases.map((c) => c.route), ...outsideTheMatrix].sort());
  });

  it.each(cases)(
    "$route: no 2xx for outsiders, 403 for a participant where only the facilitator may act",
    async (c) => {
      const f = await fixture(t);
      const send = (secret: string | undefined) => {
        const [method] = c.route.split(" ");
        return member(t, secret)(method as string, c.path(f), c.body?.(f));
      };
      const statuses = {
        anonymous: (await send(undefined)).status,
        wrongSecret: (await send(createSecret())).status,
        otherWorkshop: (await send(f.other.secret)).status,
        participant: (await send(f.ana.secret)).status,
      };
      expect(statuses).toEqual({
        anonymous: 404,
        wrongSecret: 404,
        otherWorkshop: 404,
        participant: c.who === "member" ? expect.toSatisfy((s: number) => s >= 200 && s < 300) : 403,
      });
      if (c.who === "facilitator") expect((await send(f.w.secret)).status).toBeLessThan(300);
    },
  );

  it.each(cases.filter((c) => c.who === "member"))("$route: the facilitator may too", async (c) => {
    const f = await fixture(t);
    const [method] = c.route.split(" ");
    expect((await f.w.facilitator(method as string, c.path(f), c.body?.(f))).status).toBeLessThan(300);
  });

  it("never reaches another workshop's records through one's own workshop", async () => {
    const f = await fixture(t);
    const theirs = await fixture(t);
    const mine = member(t, f.w.secret);
    const attempts = [
      mine("GET", `/workshops/${f.w.id}/lists/${theirs.w.listId}`),
      mine("GET", `/workshops/${f.w.id}/lists/${theirs.w.listId}/export`),
      mine("POST", `/workshops/${f.w.id}/lists/${theirs.w.listId}/items`, { title: "X", phase: "co-design" }),
      mine("PATCH", `/workshops/${f.w.id}/items/${theirs.first}`, { version: 1, title: "X", phase: "co-design" }),
      mine("PUT", `/workshops/${f.w.id}/items/${theirs.first}/vote`, { dots: 1 }),
      mine("POST", `/workshops/${f.w.id}/items/${theirs.first}/comments`, { body: "X" }),
      mine("GET", `/workshops/${f.w.id}/items/${theirs.first}/history`),
      mine("POST", `/workshops/${f.w.id}/items/${theirs.first}/evidence`, { caseId: "seville-care" }),
      mine("DELETE", `/workshops/${f.w.id}/items/${theirs.first}/evidence/${theirs.evidence}`),
      mine("DELETE", `/workshops/${f.w.id}/items/${theirs.first}`),
      mine("DELETE", `/workshops/${f.w.id}/comments/${theirs.comment}`),
      mine("POST", `/workshops/${f.w.id}/items/${f.first}/merge`, {
        sourceId: theirs.third,
        sourceVersion: 1,
        version: 1,
        title: "X",
      }),
      mine("POST", `/workshops/${f.w.id}/items/${theirs.first}/move`, { afterId: null }),
      mine("DELETE", `/workshops/${f.w.id}/members/${theirs.bo}`),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(attempts.length).fill(404));
    const untouched = await theirs.w.facilitator<{ items: { title: string; votes: number; commentCount: number }[] }>(
      "GET",
      `/workshops/${theirs.w.id}/lists/${theirs.w.listId}`,
    );
    expect(untouched.body.items.map((i) => [i.title, i.votes, i.commentCount])).toEqual([
      ["A", 0, 1],
      ["C", 0, 0],
    ]);
  });

  it("answers a non-member exactly as a workshop that does not exist", async () => {
    const f = await fixture(t);
    const outsider = await member(t, f.other.secret)("GET", `/workshops/${f.w.id}`);
    const nowhere = await member(t, f.other.secret)("GET", "/workshops/doesnotexist0000");
    expect(outsider.status).toBe(404);
    expect(outsider.body).toEqual({
      error: {
        code: "not_found",
        message: `No workshop with id "${f.w.id}"`,
        params: { what: "workshop", id: f.w.id },
      },
    });
    expect(nowhere.body).toEqual({
      error: {
        code: "not_found",
        message: 'No workshop with id "doesnotexist0000"',
        params: { what: "workshop", id: "doesnotexist0000" },
      },
    });
  });

  it("refuses a secret sent any way but the Authorization bearer header", async () => {
    const f = await fixture(t);
    const asQuery = await t.request(`/api/workshops/${f.w.id}?secret=${f.w.secret}`);
    const asBasic = await t.request(`/api/workshops/${f.w.id}`, { headers: { authorization: `Basic ${f.w.secret}` } });
    expect([asQuery.status, asBasic.status]).toEqual([404, 404]);
  });

  it("keeps member data out of shared caches and off CORS", async () => {
    const open = await testApp({ corsOrigins: ["https://researcher.example"] });
    const w = await testWorkshop(open);
    const res = await open.request(`/api/workshops/${w.id}`, {
      headers: { authorization: `Bearer ${w.secret}`, origin: "https://researcher.example" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
