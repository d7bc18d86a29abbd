/**
 * Who is asking. Members send their secret as `Authorization: Bearer <secret>`; anyone else, a
 * wrong secret or a member the facilitator removed, is told the workshop does not exist (404), so
 * its existence is not revealed.
 *
 * The event stream cannot send headers (EventSource), so it takes a short-lived token signed with
 * HMAC-SHA256, obtained with the secret through an authenticated POST. A token in a URL can end up
 * in access logs; this one only opens one member's read-only stream for two minutes, whereas the
 * secret itself would give lasting write access. The signing key lives in the database, so every
 * API process accepts the tokens of every other.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Context } from "hono";
import { ApiError } from "../../http/errors.ts";
import type { AppEnv } from "../../http/feature-app.ts";
import type { Viewer } from "./records.ts";
import { hashSecret, sameHash } from "./secrets.ts";

export const streamTokenLifetimeMs = 120_000;
const streamKeyName = "workshop_stream_key";
const bearer = /^Bearer\s+([A-Za-z0-9_-]{16,200})\s*$/i;

export const workshopNotFound = (id: string) =>
  new ApiError(404, "not_found", `No workshop with id "${id}"`, undefined, { what: "workshop", id });

function prepare(db: Database) {
  const columns = {
    memberId: t.workshopMembers.id,
    workshopId: t.workshopMembers.workshopId,
    name: t.workshopMembers.name,
    role: t.workshopMembers.role,
    secretHash: t.workshopMembers.secretHash,
  };
  return {
    bySecret: db
      .select(columns)
      .from(t.workshopMembers)
      .where(and(eq(t.workshopMembers.secretHash, sql.placeholder("hash")), isNull(t.workshopMembers.removedAt)))
      .prepare(),
    byId: db
      .select(columns)
      .from(t.workshopMembers)
      .where(
        and(
          eq(t.workshopMembers.id, sql.placeholder("memberId")),
          eq(t.workshopMembers.workshopId, sql.placeholder("workshopId")),
          isNull(t.workshopMembers.removedAt),
        ),
      )
      .prepare(),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();
const statements = (db: Database) => {
  const q = prepared.get(db) ?? prepare(db);
  prepared.set(db, q);
  return q;
};

/** The member whose secret the request carries, in this workshop; 404 otherwise. */
export async function authenticate(c: Context<AppEnv>, workshopId: string): Promise<Viewer> {
  const secret = bearer.exec(c.req.header("authorization") ?? "")?.[1];
  if (!secret) throw workshopNotFound(workshopId);
  const hash = hashSecret(secret);
  // Looked up by the hash of a 256-bit secret: index timing can only reveal hash prefixes, which do
  // not help find a secret; the final comparison is constant-time all the same.
  const row = await statements(c.env.db).bySecret.get({ hash });
  if (!row || row.workshopId !== workshopId || !sameHash(row.secretHash, hash)) throw workshopNotFound(workshopId);
  return { workshopId, memberId: row.memberId, name: row.name, role: row.role };
}

/** As authenticate, and 403 unless the member is the facilitator. */
export async function authenticateFacilitator(c: Context<AppEnv>, workshopId: string): Promise<Viewer> {
  const viewer = await authenticate(c, workshopId);
  if (viewer.role !== "facilitator") throw new ApiError(403, "forbidden", "Only the facilitator can do this.");
  return viewer;
}

const keys = new WeakMap<Database, Promise<Buffer>>();

/** The HMAC key shared by every process on this database, created on first use. */
function streamKey(db: Database): Promise<Buffer> {
  const existing = keys.get(db);
  if (existing) return existing;
  const key = (async () => {
    const candidate = randomBytes(32).toString("base64url");
    await db.run(
      sql`INSERT INTO meta (key, value) VALUES (${streamKeyName}, ${candidate}) ON CONFLICT(key) DO NOTHING`,
    );
    const row = await db.get<{ value: string }>(sql`SELECT value FROM meta WHERE key = ${streamKeyName}`);
    if (!row) throw new Error("the stream key could not be stored");
    return Buffer.from(row.value, "base64url");
  })();
  key.catch(() => keys.delete(db));
  keys.set(db, key);
  return key;
}

const sign = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest();

export async function createStreamToken(db: Database, viewer: Viewer, now = Date.now()) {
  const expiresAt = now + streamTokenLifetimeMs;
  const body = `${viewer.workshopId}.${viewer.memberId}.${expiresAt}`;
  return { token: `${body}.${sign(await streamKey(db), body).toString("base64url")}`, expiresAt };
}

/** The member a stream token was issued to, if it is genuine, unexpired and for this workshop. */
export async function verifyStreamToken(db: Database, workshopId: string, token: string): Promise<Viewer> {
  const [tokenWorkshop, memberId, expires, mac, ...rest] = token.split(".");
  if (!tokenWorkshop || !memberId || !expires || !mac || rest.length > 0) throw workshopNotFound(workshopId);
  const expected = sign(await streamKey(db), `${tokenWorkshop}.${memberId}.${expires}`);
  const given = Buffer.from(mac, "base64url");
  const genuine = given.length === expected.length && timingSafeEqual(given, expected);
  if (!genuine || tokenWorkshop !== workshopId || !(Number(expires) > Date.now())) throw workshopNotFound(workshopId);
  const row = await statements(db).byId.get({ memberId, workshopId });
  if (!row) throw workshopNotFound(workshopId);
  return { workshopId, memberId: row.memberId, name: row.name, role: row.role };
}
