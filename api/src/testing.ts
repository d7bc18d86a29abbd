/** Test helpers: the app over a fresh database seeded with the fixture data. */
import { readAtlasData } from "@atlas/db/data-files";
import { type FixtureFiles, openTestDatabase, writeDataDir } from "@atlas/db/testing";
import { type AppOptions, createApp } from "./app.ts";
import { createCurator, setPasswordWithLink } from "./features/accounts/commands.ts";

/** `files` replaces the fixture data, for a test that needs cases or currencies of its own. */
export async function testApp(options: AppOptions = {}, files?: FixtureFiles) {
  const db = await openTestDatabase(await readAtlasData(await writeDataDir(files)));
  const app = createApp(options);
  /** `from` stands for the caller's socket address, which app.request() has none of. */
  const request = (path: string, init?: RequestInit, from?: string) =>
    app.request(path, init, { db, clientAddress: from });
  const json = async <T = Record<string, unknown>>(path: string) => {
    const res = await request(path);
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  };
  return { app, db, request, json };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

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

/** A workshop with its facilitator, its first list, and a way to add participants. */
export async function testWorkshop(t: TestApp, settings: Record<string, unknown> = {}) {
  const anonymous = member(t, undefined, nextAddress());
  const created = await anonymous<{ workshopId: string; secret: string; joinCode: string }>("POST", "/workshops", {
    title: "Care in Seville",
    territory: "Seville",
    challenge: "Home care for older people",
    language: "en",
    dotsPerMember: 3,
    facilitatorName: "Fatima",
    ...settings,
  });
  if (created.status !== 201) throw new Error(`could not create a workshop: ${JSON.stringify(created.body)}`);
  const { workshopId: id, secret, joinCode } = created.body;
  const facilitator = member(t, secret);
  const state = await facilitator<{ lists: { id: string }[] }>("GET", `/workshops/${id}`);
  const listId = state.body.lists[0]?.id ?? "";
  const join = async (name: string, from = nextAddress()) => {
    const res = await member(t, undefined, from)<{ secret: string; member: { id: string } }>(
      "POST",
      "/workshops/join",
      {
        code: joinCode,
        name,
      },
    );
    if (res.status !== 201) throw new Error(`could not join: ${JSON.stringify(res.body)}`);
    return { secret: res.body.secret, id: res.body.member.id, call: member(t, res.body.secret) };
  };
  return { id, listId, secret, joinCode, facilitator, join };
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
