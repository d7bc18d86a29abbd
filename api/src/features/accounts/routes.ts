import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ApiError } from "../../http/errors.ts";
import { type AppEnv, featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { noStore } from "../../http/no-store.ts";
import { failure, jsonBody, ok } from "../../http/openapi.ts";
import { clientAddress, countAttempt } from "../../http/rate-limit.ts";
import { hashToken } from "../../http/tokens.ts";
import * as accounts from "./commands.ts";
import { requireCurator, unauthenticated } from "./guard.ts";
import * as s from "./schema.ts";
import { clearSessionCookie, endSession, sessionCookie, sessionToken, setSessionCookie } from "./sessions.ts";

const tags = ["accounts"];
const security = [{ curatorSession: [] }];
const failures = {
  400: failure("The body is not valid; the message names the field"),
  401: failure("Not signed in, or the session ended"),
  403: failure("Not an admin, or the write lacks the session's CSRF token or comes from another site"),
  404: failure("No such curator or link"),
  409: failure("Conflicts with the current state (an address in use, the last admin)"),
  429: failure("Too many attempts; Retry-After says when to try again"),
};

const login = createRoute({
  method: "post",
  path: "/accounts/login",
  tags,
  summary: "Sign in as a curator: sets the session cookie, answers the CSRF token",
  request: jsonBody(s.loginBody),
  responses: { 200: ok(s.signedIn, "Signed in"), 400: failures[400], 401: failures[401], 429: failures[429] },
});
const logout = createRoute({
  method: "post",
  path: "/accounts/logout",
  tags,
  security,
  summary: "Sign out: ends the session",
  responses: { 204: { description: "Signed out" }, 401: failures[401], 403: failures[403] },
});
const me = createRoute({
  method: "get",
  path: "/accounts/me",
  tags,
  security,
  summary: "The signed-in curator and the session's CSRF token",
  responses: { 200: ok(s.signedIn, "Signed in"), 401: failures[401] },
});
const setPassword = createRoute({
  method: "post",
  path: "/accounts/password",
  tags,
  summary: "Set a password with a one-time link (a new curator's, or after a reset)",
  request: jsonBody(s.setPasswordBody),
  responses: {
    204: { description: "The password is set" },
    400: failures[400],
    404: failures[404],
    429: failures[429],
  },
});
const changePassword = createRoute({
  method: "post",
  path: "/accounts/password/change",
  tags,
  security,
  summary: "Change your password; your other sessions end",
  request: jsonBody(s.changePasswordBody),
  responses: { 204: { description: "Changed" }, 400: failures[400], 401: failures[401], 403: failures[403] },
});
const listCurators = createRoute({
  method: "get",
  path: "/accounts/curators",
  tags,
  security,
  summary: "The curators (admins only)",
  responses: { 200: ok(z.object({ items: z.array(s.curator) }), "Curators"), 401: failures[401], 403: failures[403] },
});
const createCurator = createRoute({
  method: "post",
  path: "/accounts/curators",
  tags,
  security,
  summary: "Add a curator (admins only); answers a one-time link to set their password",
  request: jsonBody(s.createCuratorBody),
  responses: {
    201: ok(s.createdCurator, "Added"),
    400: failures[400],
    401: failures[401],
    403: failures[403],
    409: failures[409],
  },
});
const resetCurator = createRoute({
  method: "post",
  path: "/accounts/curators/{id}/reset",
  tags,
  security,
  summary: "Reset a curator's access (admins only): ends their sessions and answers a new one-time link",
  request: { params: s.curatorParams },
  responses: { 200: ok(s.passwordLink, "Reset"), 401: failures[401], 403: failures[403], 404: failures[404] },
});
const removeCurator = createRoute({
  method: "delete",
  path: "/accounts/curators/{id}",
  tags,
  security,
  summary: "Remove a curator (admins only); their past work stays attributed",
  request: { params: s.curatorParams },
  responses: {
    204: { description: "Removed" },
    401: failures[401],
    403: failures[403],
    404: failures[404],
    409: failures[409],
  },
});
const audit = createRoute({
  method: "get",
  path: "/accounts/audit",
  tags,
  security,
  summary: "What curators did, newest first (admins only)",
  request: { query: s.auditQuery },
  responses: { 200: ok(s.auditPage, "Audit log"), 401: failures[401], 403: failures[403] },
});

/** Counts an attempt; answers 429 with Retry-After when it is over a limit. */
async function limitAttempts(c: Context<AppEnv>, hits: Parameters<typeof countAttempt>[1]) {
  const wait = await countAttempt(c.env.db, hits);
  if (!wait) return;
  c.header("retry-after", String(wait.retryAfterSeconds));
  throw new ApiError(429, "too_many_requests", `Too many attempts; try again in ${wait.retryAfterSeconds} seconds.`);
}

/** The one-time link to set a password, on the public address of the atlas. */
const linkFor = (publicUrl: string | undefined, requestUrl: string, token: string) =>
  `${publicUrl ?? new URL(requestUrl).origin}/account/password#token=${token}`;

/** Bodies of account writes are small: an address, a name, a password. */
const maxWriteBytes = 8_192;

export function createAccountsRoutes(options: { publicUrl?: string } = {}) {
  const app = featureApp();
  app.use("/accounts/*", jsonWrites({ maxBytes: maxWriteBytes }), noStore);
  app.openAPIRegistry.registerComponent("securitySchemes", "curatorSession", {
    type: "apiKey",
    in: "cookie",
    name: sessionCookie,
    description: "A curator's session, set by signing in; every write also needs the X-CSRF-Token header",
  });
  return app
    .openapi(login, async (c) => {
      const { email, password } = c.req.valid("json");
      await limitAttempts(c, accounts.loginLimits(clientAddress(c), email));
      const previous = sessionToken(c);
      const session = await accounts.login(c.env.db, email, password);
      if (previous) await endSession(c.env.db, hashToken(previous));
      setSessionCookie(c, session.token);
      return c.json({ curator: session.curator, csrfToken: session.csrfToken }, 200);
    })
    .openapi(logout, async (c) => {
      const viewer = await requireCurator(c);
      await endSession(c.env.db, viewer.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(me, async (c) => {
      const viewer = await requireCurator(c).catch(() => {
        clearSessionCookie(c);
        throw unauthenticated();
      });
      return c.json(
        { curator: await accounts.getCurator(c.env.db, viewer.curatorId), csrfToken: viewer.csrfToken },
        200,
      );
    })
    .openapi(setPassword, async (c) => {
      const { token, password } = c.req.valid("json");
      await limitAttempts(c, accounts.passwordLinkLimits(clientAddress(c)));
      await accounts.setPasswordWithLink(c.env.db, token, password);
      return c.body(null, 204);
    })
    .openapi(changePassword, async (c) => {
      const viewer = await requireCurator(c);
      const { current, password } = c.req.valid("json");
      await accounts.changePassword(c.env.db, viewer.curatorId, current, password, viewer.tokenHash);
      return c.body(null, 204);
    })
    .openapi(listCurators, async (c) => {
      await requireCurator(c, { admin: true });
      return c.json({ items: await accounts.listCurators(c.env.db) }, 200);
    })
    .openapi(createCurator, async (c) => {
      const viewer = await requireCurator(c, { admin: true });
      const created = await accounts.createCurator(c.env.db, c.req.valid("json"), viewer.curatorId);
      return c.json(
        { curator: created.curator, passwordLink: linkFor(options.publicUrl, c.req.url, created.token) },
        201,
      );
    })
    .openapi(resetCurator, async (c) => {
      const viewer = await requireCurator(c, { admin: true });
      const { token } = await accounts.resetAccess(c.env.db, c.req.valid("param").id, viewer.curatorId);
      return c.json({ url: linkFor(options.publicUrl, c.req.url, token) }, 200);
    })
    .openapi(removeCurator, async (c) => {
      const viewer = await requireCurator(c, { admin: true });
      await accounts.removeCurator(c.env.db, c.req.valid("param").id, viewer.curatorId);
      return c.body(null, 204);
    })
    .openapi(audit, async (c) => {
      await requireCurator(c, { admin: true });
      const { before, limit } = c.req.valid("query");
      const items = await accounts.listAudit(c.env.db, before, limit + 1);
      const page = items.slice(0, limit);
      return c.json({ items: page, nextBefore: items.length > limit ? (page.at(-1)?.id ?? null) : null }, 200);
    });
}
