import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { curatorSession, member, nextAddress, type TestApp, testApp, testWorkshop } from "../../testing.ts";
import { createCurator, resetAccess, setPasswordWithLink } from "./commands.ts";
import { readSession, sessionCookie } from "./sessions.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}, from = nextAddress()) =>
  t.request(
    `/api${path}`,
    { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) },
    from,
  );

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie (Secure except on plain-HTTP localhost) and answers the CSRF token", async () => {
    const s = await curatorSession(t);
    const local = await post("/accounts/login", { email: s.email, password: s.password });
    const cookie = local.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${sessionCookie}=`));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    const secure = await t.app.request(
      "https://atlas.example.org/api/accounts/login",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: s.email, password: s.password }),
      },
      { db: t.db, clientAddress: nextAddress() },
    );
    expect(secure.headers.get("set-cookie")).toContain("Secure");
    expect(((await local.json()) as { csrfToken: string }).csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it("says the same for an unknown address and a wrong password, and rotates the session at sign-in", async () => {
    const s = await curatorSession(t);
    const wrong = await post("/accounts/login", { email: s.email, password: "not the password at all" });
    const unknown = await post("/accounts/login", { email: "nobody@example.org", password: "not the password at all" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    const again = await post("/accounts/login", { email: s.email, password: s.password }, { cookie: s.cookie });
    expect(again.status).toBe(200);
    expect((await s.call("GET", "/accounts/me")).status).toBe(401);
  });

  it("limits attempts per account whatever the address, with Retry-After", async () => {
    const s = await curatorSession(t);
    // Signing in counted once; nine more attempts reach the limit of ten per account.
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      statuses.push((await post("/accounts/login", { email: s.email, password: "wrong password here" })).status);
    }
    expect(statuses).toEqual(Array(9).fill(401));
    const limited = await post("/accounts/login", { email: s.email, password: s.password });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Each attempt hashes a password on purpose (about 0.1 s, more on a busy machine).
  }, 60_000);

  it("ends the session at sign-out, and after two idle hours", async () => {
    const s = await curatorSession(t);
    expect((await s.call("GET", "/accounts/me")).status).toBe(200);
    expect((await s.call("POST", "/accounts/logout", {})).status).toBe(204);
    expect((await s.call("GET", "/accounts/me")).status).toBe(401);
    const other = await curatorSession(t);
    const token = decodeURIComponent(other.cookie.split("=")[1] ?? "");
    expect(await readSession(t.db, token, Date.now() + 3 * 3_600_000)).toBeUndefined();
    expect((await other.call("GET", "/accounts/me")).status).toBe(401);
  });
});

describe("writes with a session", () => {
  it("need the CSRF token and the atlas's own origin", async () => {
    const s = await curatorSession(t);
    const base = { cookie: s.cookie };
    expect((await post("/accounts/logout", {}, base)).status).toBe(403);
    expect((await post("/accounts/logout", {}, { ...base, "x-csrf-token": "x".repeat(43) })).status).toBe(403);
    const foreign = await post(
      "/accounts/logout",
      {},
      { ...base, "x-csrf-token": s.csrfToken, origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("csrf_failed");
    expect(
      (await post("/accounts/logout", {}, { ...base, "x-csrf-token": s.csrfToken, origin: "http://localhost" })).status,
    ).toBe(204);
  });

  it("are not opened by a workshop secret, and a session opens no workshop", async () => {
    const w = await testWorkshop(t);
    const asMember = member(t, w.secret);
    expect((await asMember("GET", "/accounts/me")).status).toBe(401);
    const s = await curatorSession(t, "admin");
    expect((await s.call("GET", `/workshops/${w.id}`)).status).toBe(404);
  });
});

describe("managing curators", () => {
  it("lets only admins list, add, reset and remove curators", async () => {
    const plain = await curatorSession(t);
    for (const [method, path] of [
      ["GET", "/accounts/curators"],
      ["POST", "/accounts/curators"],
      ["POST", `/accounts/curators/${plain.curator.id}/reset`],
      ["DELETE", `/accounts/curators/${plain.curator.id}`],
      ["GET", "/accounts/audit"],
    ] as const) {
      const body = method === "POST" ? { email: "x@example.org", name: "X" } : undefined;
      // Sent as the web app sends them: every POST with a JSON body.
      expect((await plain.call(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it("adds a curator with a one-time link that sets the password once", async () => {
    const admin = await curatorSession(t, "admin");
    const created = await admin.call<{ curator: { id: string }; passwordLink: string }>("POST", "/accounts/curators", {
      email: "New.Curator@Example.org",
      name: "New Curator",
    });
    expect(created.status).toBe(201);
    const token = created.body.passwordLink.split("#token=")[1] ?? "";
    expect(created.body.passwordLink).toMatch(/^http:\/\/localhost\/account\/password#token=/);
    const weak = await post("/accounts/password", { token, password: "short" });
    expect(weak.status).toBe(400);
    expect((await post("/accounts/password", { token, password: "a good long passphrase" })).status).toBe(204);
    expect((await post("/accounts/password", { token, password: "another long passphrase" })).status).toBe(404);
    const login = await post("/accounts/login", {
      email: "new.curator@example.org",
      password: "a good long passphrase",
    });
    expect(login.status).toBe(200);
    expect(
      (await admin.call("POST", "/accounts/curators", { email: "new.curator@example.org", name: "Again" })).status,
    ).toBe(409);
  });

  it("resetting ends the curator's sessions; removing keeps the last admin and oneself", async () => {
    const admin = await curatorSession(t, "admin");
    const other = await curatorSession(t);
    const reset = await admin.call<{ url: string }>("POST", `/accounts/curators/${other.curator.id}/reset`, {});
    expect(reset.status).toBe(200);
    expect((await other.call("GET", "/accounts/me")).status).toBe(401);
    expect((await admin.call("DELETE", `/accounts/curators/${admin.curator.id}`)).status).toBe(409);
    expect((await admin.call("DELETE", `/accounts/curators/${other.curator.id}`)).status).toBe(204);
    const audit = await admin.call<{ items: { action: string; targetId: string }[] }>("GET", "/accounts/audit");
    const mine = audit.body.items.filter((i) => i.targetId === other.curator.id).map((i) => i.action);
    expect(mine).toEqual(expect.arrayContaining(["curator.remove", "curator.reset", "curator.create"]));
  });

  it("stores only hashes of passwords, sessions and links", async () => {
    const { token } = await createCurator(t.db, { email: "hash@example.org", name: "Hash", role: "curator" }, null);
    await setPasswordWithLink(t.db, token, "a good long passphrase");
    const rows = await t.db.all<{ password_hash: string }>(
      sql`SELECT password_hash FROM curators WHERE email = 'hash@example.org'`,
    );
    expect(rows[0]?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const links = await t.db.all<{ token_hash: string }>(sql`SELECT token_hash FROM curator_tokens`);
    expect(links.some((l) => l.token_hash === token)).toBe(false);
    await expect(resetAccess(t.db, "nobody", null)).rejects.toThrow(/No curator/);
  });
});
