/**
 * Who may call each contribution, curation and account route: strangers, a proposer with their link,
 * a workshop member with their secret, a curator, an admin. No caller outside a route's audience gets a
 * 2xx; every caller inside it gets past authorisation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { curatorSession, member, nextAddress, type TestApp, testApp, testWorkshop } from "../../testing.ts";

type Caller = "stranger" | "proposer" | "member" | "curator" | "admin";
const everyone: Caller[] = ["stranger", "proposer", "member", "curator", "admin"];

interface Route {
  method: string;
  path: (f: Fixture) => string;
  body?: unknown;
  audience: Caller[];
}

type Fixture = Awaited<ReturnType<typeof fixture>>;
let t: TestApp;
let f: Fixture;

async function fixture() {
  const proposed = await member(t, undefined, nextAddress())<{ id: string; secret: string }>(
    "POST",
    "/contributions/stakeholders",
    {
      bundle: {
        record: {
          id: "matrix-org",
          name: "Matrix Org",
          type: "sse-organisation",
          country: "ES",
          sources: ["matrix-page"],
        },
        sources: [{ id: "matrix-page", url: "https://example.org/matrix", title: "Matrix" }],
      },
    },
  );
  const w = await testWorkshop(t);
  const curator = await curatorSession(t);
  const admin = await curatorSession(t, "admin", "Ada Admin");
  const calls: Record<Caller, ReturnType<typeof member>> = {
    stranger: member(t, undefined, nextAddress()),
    proposer: member(t, proposed.body.secret, nextAddress()),
    member: member(t, w.secret, nextAddress()),
    curator: curator.call,
    admin: admin.call,
  };
  return { proposal: proposed.body.id, curatorId: curator.curator.id, calls };
}

const routes: Route[] = [
  { method: "GET", path: (x) => `/contributions/${x.proposal}`, audience: ["proposer"] },
  {
    method: "POST",
    path: (x) => `/contributions/${x.proposal}/messages`,
    body: { body: "Hello" },
    audience: ["proposer"],
  },
  { method: "GET", path: () => "/curation/proposals", audience: ["curator", "admin"] },
  { method: "GET", path: (x) => `/curation/proposals/${x.proposal}`, audience: ["curator", "admin"] },
  {
    method: "PUT",
    path: (x) => `/curation/proposals/${x.proposal}`,
    body: { version: 1 },
    audience: ["curator", "admin"],
  },
  {
    method: "POST",
    path: (x) => `/curation/proposals/${x.proposal}/ask`,
    body: { version: 99, message: "?" },
    audience: ["curator", "admin"],
  },
  {
    method: "POST",
    path: (x) => `/curation/proposals/${x.proposal}/accept`,
    body: { version: 99 },
    audience: ["curator", "admin"],
  },
  {
    method: "POST",
    path: (x) => `/curation/proposals/${x.proposal}/reject`,
    body: { version: 99, reason: "No" },
    audience: ["curator", "admin"],
  },
  {
    method: "POST",
    path: (x) => `/curation/proposals/${x.proposal}/merge`,
    body: { version: 99, into: "coop-one" },
    audience: ["curator", "admin"],
  },
  { method: "GET", path: () => "/curation/records/case/seville-care", audience: ["curator", "admin"] },
  {
    method: "PUT",
    path: () => "/curation/records/case/seville-care",
    body: { revision: 99, doc: {}, reason: "x" },
    audience: ["curator", "admin"],
  },
  {
    method: "POST",
    path: () => "/curation/records/case/seville-care/restore",
    body: { revision: 99, number: 1 },
    audience: ["curator", "admin"],
  },
  { method: "GET", path: () => "/accounts/me", audience: ["curator", "admin"] },
  {
    method: "POST",
    path: () => "/accounts/password/change",
    body: { current: "wrong", password: "x" },
    audience: ["curator", "admin"],
  },
  { method: "GET", path: () => "/accounts/curators", audience: ["admin"] },
  {
    method: "POST",
    path: () => "/accounts/curators",
    body: { email: "matrix@example.org", name: "M" },
    audience: ["admin"],
  },
  { method: "POST", path: (x) => `/accounts/curators/${x.curatorId}/reset`, body: {}, audience: ["admin"] },
  { method: "GET", path: () => "/accounts/audit", audience: ["admin"] },
  { method: "GET", path: () => "/history/case/seville-care", audience: everyone },
];

const denied = new Set([401, 403, 404]);

beforeAll(async () => {
  t = await testApp();
  f = await fixture();
});

describe("the authorisation matrix of contributions, curation and accounts", () => {
  for (const route of routes) {
    for (const caller of everyone) {
      const allowed = route.audience.includes(caller);
      it(`${route.method} ${route.path({ proposal: ":id", curatorId: ":id" } as Fixture)} as ${caller}: ${allowed ? "allowed" : "denied"}`, async () => {
        const res = await f.calls[caller](route.method, route.path(f), route.body);
        if (allowed)
          expect(denied.has(res.status) && res.status !== 404 ? res.status : "passed", JSON.stringify(res.body)).toBe(
            "passed",
          );
        else {
          expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
          expect(denied.has(res.status), `${res.status} ${JSON.stringify(res.body)}`).toBe(true);
        }
      });
    }
  }
});
