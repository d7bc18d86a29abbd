/** Test helpers: the app over a fresh database seeded with the fixture data. */
import type { Database } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { type FixtureFiles, openTestDatabase, writeDataDir } from "@atlas/db/testing";
import type { ClientResponse, InferRequestType } from "hono/client";
import { testClient } from "hono/testing";
import { expect } from "vitest";
import { type AppOptions, createApp } from "./app.ts";
import { createCurator, setPasswordWithLink } from "./features/accounts/commands.ts";

/** `files` replaces the fixture data, for a test that needs cases or currencies of its own. */
export async function testApp(options: AppOptions = {}, files?: FixtureFiles) {
  const db = await openTestDatabase(await readAtlasData(await writeDataDir(files)));
  return testAppOver(createApp(options), db);
}

/** The same helpers over an app and the database it is given (two apps on one database, say). */
export function testAppOver(app: ReturnType<typeof createApp>, db: Database) {
  /** `from` stands for the caller's socket address, which app.request() has none of. */
  const request = (path: string, init?: RequestInit, from?: string) =>
    app.request(path, init, { db, clientAddress: from });
  const json = async <T = Record<string, unknown>>(path: string) => {
    const res = await request(path);
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  };
  /** Hono's typed client over the app, as a caller at `from` sending `headers`: types come from the routes' schemas. */
  const client = (headers: Record<string, string> = {}, from?: string) =>
    testClient(app, { db, clientAddress: from }, undefined, { headers });
  return { app, db, request, json, client };
}

type BodyAt<R, S> = R extends ClientResponse<infer T, infer C, "json"> ? (C extends S ? T : never) : never;

/**
 * The body of a typed answer that must have `status`, typed by that status's schema in the route
 * definition; the test fails, showing the body, when the status differs.
 */
export async function bodyAt<R extends ClientResponse<unknown, number, string>, S extends R["status"]>(
  response: R | Promise<R>,
  status: S,
): Promise<BodyAt<R, S>> {
  const res = await response;
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text);
}

/**
 * A query string as written in a browser's address bar, as the typed client's `query` (a repeated key
 * as a list). Typed as the route asks, but not checked: a test may send a parameter the route refuses.
 */
export function queryOf<Q>(search: string): Q {
  const params = new URLSearchParams(search);
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])) as Q;
}

/** The typed API as a workshop member (or anonymously without a secret). */
export function memberApi(t: TestApp, secret?: string, from = "192.0.2.1") {
  return t.client(secret ? { authorization: `Bearer ${secret}` } : {}, from).api;
}

export type TestApp = ReturnType<typeof testAppOver>;

/** A JSON call as a workshop member (or anonymously without a secret), answering status and body. */
export function member(t: TestApp, secret?: string, from = "192.0.2.1") {
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (secret) headers.authorization = `Bearer ${secret}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await t.request(
      `/api${path}`,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      from,
    );
    const text = await res.text();
    const isJson = res.headers.get("content-type")?.includes("json");
    return { status: res.status, body: (isJson ? JSON.parse(text) : text) as T, headers: res.headers };
  };
}

let callers = 0;
/** A new caller's address each time, so fixtures stay clear of the per-address rate limits. */
export const nextAddress = () => `10.${(callers >> 16) & 255}.${(callers >> 8) & 255}.${callers++ & 255}`;

type NewWorkshop = InferRequestType<ReturnType<typeof memberApi>["workshops"]["$post"]>["json"];

/** A workshop with its facilitator, its first list, and a way to add participants. */
export async function testWorkshop(t: TestApp, settings: Partial<NewWorkshop> = {}) {
  const anonymous = memberApi(t, undefined, nextAddress());
  const created = anonymous.workshops.$post({
    json: {
      title: "Care in Seville",
      territory: "Seville",
      challenge: "Home care for older people",
      language: "en",
      dotsPerMember: 3,
      facilitatorName: "Fatima",
      ...settings,
    },
  });
  const { workshopId: id, secret, joinCode } = await bodyAt(created, 201);
  const facilitator = member(t, secret);
  const api = memberApi(t, secret);
  const state = await bodyAt(api.workshops[":id"].$get({ param: { id } }), 200);
  const listId = state.lists[0]?.id ?? "";
  const join = async (name: string, from = nextAddress()) => {
    const joined = await bodyAt(
      memberApi(t, undefined, from).workshops.join.$post({ json: { code: joinCode, name } }),
      201,
    );
    const { secret } = joined;
    return { secret, id: joined.member.id, call: member(t, secret), api: memberApi(t, secret) };
  };
  return { id, listId, secret, joinCode, facilitator, api, join };
}

/**
 * A signed-in curator (an admin with `role: "admin"`): `call` sends the session cookie, the CSRF token
 * and the atlas's own Origin, as the web app does.
 */
export async function curatorSession(t: TestApp, role: "curator" | "admin" = "curator", name = "Clara Curator") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${callers++}@example.org`;
  const password = "a long enough passphrase";
  const { curator, token } = await createCurator(t.db, { email, name, role }, null);
  await setPasswordWithLink(t.db, token, password);
  const res = await t.request(
    "/api/accounts/login",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) },
    nextAddress(),
  );
  if (res.status !== 200) throw new Error(`could not sign in: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie, origin: "http://localhost", "x-csrf-token": csrfToken };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await t.request(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const isJson = res.headers.get("content-type")?.includes("json");
    return { status: res.status, body: (isJson ? JSON.parse(text) : text) as T, headers: res.headers };
  };
  return { curator, email, password, cookie, csrfToken, call };
}
