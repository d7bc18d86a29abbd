/**
 * What can be done with curator accounts, shared by the web routes and `npm run curator`: create a
 * curator (answering a one-time link to set the password), reset one's access, remove one, set a
 * password with a link, sign in. Every change is written to the audit log in the same batch.
 */
import type { Database } from "@atlas/db/client";
import type { CuratorRole } from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import type { Limit } from "../../http/rate-limit.ts";
import { createRowId, createToken, hashToken } from "../../http/tokens.ts";
import { hashPassword, passwordRules, verifyPassword } from "./passwords.ts";
import { createSession, endSessionsOf } from "./sessions.ts";

/** How long a link to set a password works. */
export const passwordLinkLifetimeMs = 72 * 3_600_000;
/** Sign-in attempts per caller address and per account, whatever their outcome. */
export const loginLimits = (address: string, email: string): { key: string; limit: Limit }[] => [
  { key: `login:address:${address}`, limit: { max: 20, windowMs: 15 * 60_000 } },
  { key: `login:account:${normaliseEmail(email)}`, limit: { max: 10, windowMs: 15 * 60_000 } },
];
/** Attempts to use a one-time link, per caller address. */
export const passwordLinkLimits = (address: string): { key: string; limit: Limit }[] => [
  { key: `password-link:address:${address}`, limit: { max: 20, windowMs: 15 * 60_000 } },
];

export interface Curator {
  id: string;
  email: string;
  name: string;
  role: CuratorRole;
  hasPassword: boolean;
  createdAt: string;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** An entry of the audit log, as a statement for the caller's batch. */
export function auditStatement(
  db: Database,
  curatorId: string | null,
  action: string,
  target: { kind?: string; id?: string } = {},
  detail?: Record<string, unknown>,
) {
  return db.run(sql`INSERT INTO audit_log (curator_id, action, target_kind, target_id, detail)
    VALUES (${curatorId}, ${action}, ${target.kind ?? null}, ${target.id ?? null}, ${detail ? JSON.stringify(detail) : null})`);
}

function passwordLinkStatement(db: Database, curatorId: string, now: number) {
  const token = createToken();
  const statement = db.run(sql`INSERT INTO curator_tokens (token_hash, curator_id, expires_at)
    VALUES (${hashToken(token)}, ${curatorId}, ${now + passwordLinkLifetimeMs})`);
  return { token, statement };
}

/** Adds a curator; answers the token of the one-time link to set their password. */
export async function createCurator(
  db: Database,
  input: { email: string; name: string; role: CuratorRole },
  by: string | null,
  now = Date.now(),
): Promise<{ curator: Curator; token: string }> {
  const email = normaliseEmail(input.email);
  const taken = await db.all(sql`SELECT 1 FROM curators WHERE email = ${email} AND removed_at IS NULL`);
  if (taken.length > 0) throw new ApiError(409, "email_taken", `A curator with the address ${email} exists already.`);
  const id = createRowId();
  const link = passwordLinkStatement(db, id, now);
  await db.batch([
    // A removed curator's address may come back: the old row keeps its history under a freed address.
    db.run(
      sql`UPDATE curators SET email = email || '#removed-' || id WHERE email = ${email} AND removed_at IS NOT NULL`,
    ),
    db.run(
      sql`INSERT INTO curators (id, email, name, role, created_by) VALUES (${id}, ${email}, ${input.name.trim()}, ${input.role}, ${by})`,
    ),
    link.statement,
    auditStatement(db, by, "curator.create", { kind: "curator", id }, { email, role: input.role }),
  ]);
  return { curator: await getCurator(db, id), token: link.token };
}

/** Ends the curator's sessions, clears the password and answers a new one-time link. */
export async function resetAccess(db: Database, curatorId: string, by: string | null, now = Date.now()) {
  await getCurator(db, curatorId);
  const link = passwordLinkStatement(db, curatorId, now);
  await db.batch([
    db.run(sql`UPDATE curators SET password_hash = NULL WHERE id = ${curatorId}`),
    db.run(sql`DELETE FROM curator_tokens WHERE curator_id = ${curatorId}`),
    endSessionsOf(db, curatorId),
    link.statement,
    auditStatement(db, by, "curator.reset", { kind: "curator", id: curatorId }),
  ]);
  return { token: link.token };
}

export async function removeCurator(db: Database, curatorId: string, by: string | null): Promise<void> {
  const curator = await getCurator(db, curatorId);
  if (curatorId === by) throw new ApiError(409, "cannot_remove_self", "You cannot remove yourself; ask another admin.");
  if (curator.role === "admin") {
    const admins = await db.all(sql`SELECT 1 FROM curators WHERE role = 'admin' AND removed_at IS NULL`);
    if (admins.length <= 1) throw new ApiError(409, "last_admin", "The last admin cannot be removed.");
  }
  await db.batch([
    db.run(sql`UPDATE curators SET removed_at = ${nowSql}, password_hash = NULL WHERE id = ${curatorId}`),
    db.run(sql`DELETE FROM curator_tokens WHERE curator_id = ${curatorId}`),
    endSessionsOf(db, curatorId),
    auditStatement(db, by, "curator.remove", { kind: "curator", id: curatorId }),
  ]);
}

export function checkPasswordRules(password: string, email?: string): void {
  if (password.length < passwordRules.minLength || password.length > passwordRules.maxLength) {
    throw new ApiError(
      400,
      "weak_password",
      `A password has ${passwordRules.minLength} to ${passwordRules.maxLength} characters.`,
      [{ parameter: "password", message: `at least ${passwordRules.minLength} characters` }],
    );
  }
  if (email && password.toLowerCase().includes(normaliseEmail(email).split("@")[0] ?? "")) {
    throw new ApiError(400, "weak_password", "The password must not contain your email address.", [
      { parameter: "password", message: "must not contain the email address" },
    ]);
  }
}

/** Sets a password with a one-time link; the link is used up and every session of the curator ends. */
export async function setPasswordWithLink(db: Database, token: string, password: string, now = Date.now()) {
  const rows = await db.all<{ curatorId: string; email: string }>(sql`SELECT t.curator_id AS curatorId, c.email
    FROM curator_tokens t JOIN curators c ON c.id = t.curator_id
    WHERE t.token_hash = ${hashToken(token)} AND t.used_at IS NULL AND t.expires_at > ${now} AND c.removed_at IS NULL`);
  const row = rows[0];
  if (!row) {
    throw new ApiError(
      404,
      "link_invalid",
      "This link is not valid any more: it was used, it expired, or access was reset. Ask an admin for a new one.",
    );
  }
  checkPasswordRules(password, row.email);
  const hash = await hashPassword(password);
  await db.batch([
    db.run(sql`UPDATE curators SET password_hash = ${hash} WHERE id = ${row.curatorId}`),
    db.run(sql`UPDATE curator_tokens SET used_at = ${now} WHERE curator_id = ${row.curatorId} AND used_at IS NULL`),
    endSessionsOf(db, row.curatorId),
    auditStatement(db, row.curatorId, "curator.password-set", { kind: "curator", id: row.curatorId }),
  ]);
}

/** Changes one's own password with the current one; other sessions end. */
export async function changePassword(
  db: Database,
  curatorId: string,
  current: string,
  password: string,
  keepSession: string,
) {
  const rows = await db.all<{ hash: string | null; email: string }>(
    sql`SELECT password_hash AS hash, email FROM curators WHERE id = ${curatorId}`,
  );
  if (!(await verifyPassword(current, rows[0]?.hash ?? null))) {
    throw new ApiError(400, "wrong_password", "The current password is not right.", [
      { parameter: "current", message: "is not right" },
    ]);
  }
  checkPasswordRules(password, rows[0]?.email);
  await db.batch([
    db.run(sql`UPDATE curators SET password_hash = ${await hashPassword(password)} WHERE id = ${curatorId}`),
    db.run(sql`DELETE FROM curator_sessions WHERE curator_id = ${curatorId} AND token_hash <> ${keepSession}`),
    auditStatement(db, curatorId, "curator.password-change", { kind: "curator", id: curatorId }),
  ]);
}

/**
 * Signs in: a new session (never an old one kept: rotated at sign-in). The answer never tells which of
 * the address or the password was wrong; the caller counts attempts (`loginLimits`).
 */
export async function login(db: Database, email: string, password: string) {
  const account = normaliseEmail(email);
  const rows = await db.all<{ id: string; hash: string | null }>(
    sql`SELECT id, password_hash AS hash FROM curators WHERE email = ${account} AND removed_at IS NULL`,
  );
  const row = rows[0];
  if (!(await verifyPassword(password, row?.hash ?? null)) || !row) {
    throw new ApiError(401, "login_failed", "The email address or the password is not right.");
  }
  const session = await createSession(db, row.id);
  await db.batch([auditStatement(db, row.id, "curator.login", { kind: "curator", id: row.id })]);
  return { ...session, curator: await getCurator(db, row.id) };
}

export async function getCurator(db: Database, id: string): Promise<Curator> {
  const rows = await db.all<Omit<Curator, "hasPassword"> & { hasPassword: number }>(sql`SELECT id, email, name, role,
    password_hash IS NOT NULL AS hasPassword, created_at AS createdAt FROM curators WHERE id = ${id} AND removed_at IS NULL`);
  const row = rows[0];
  if (!row) throw new ApiError(404, "not_found", `No curator with id "${id}"`);
  return { ...row, hasPassword: Boolean(row.hasPassword) };
}

export async function listCurators(db: Database): Promise<Curator[]> {
  const rows = await db.all<Omit<Curator, "hasPassword"> & { hasPassword: number }>(sql`SELECT id, email, name, role,
    password_hash IS NOT NULL AS hasPassword, created_at AS createdAt FROM curators WHERE removed_at IS NULL ORDER BY name`);
  return rows.map((r) => ({ ...r, hasPassword: Boolean(r.hasPassword) }));
}

/** Audit entries, newest first, before an id (for paging). */
export async function listAudit(db: Database, before: number | undefined, limit: number) {
  const rows = await db.all<{
    id: number;
    curatorId: string | null;
    curatorName: string | null;
    action: string;
    targetKind: string | null;
    targetId: string | null;
    detail: string | null;
    createdAt: string;
  }>(sql`SELECT a.id, a.curator_id AS curatorId, c.name AS curatorName, a.action, a.target_kind AS targetKind,
      a.target_id AS targetId, a.detail, a.created_at AS createdAt
    FROM audit_log a LEFT JOIN curators c ON c.id = a.curator_id
    WHERE ${before ?? null} IS NULL OR a.id < ${before ?? null} ORDER BY a.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({
    id: r.id,
    curator: r.curatorId ? { id: r.curatorId, name: r.curatorName ?? "" } : null,
    action: r.action,
    targetKind: r.targetKind,
    targetId: r.targetId,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    createdAt: r.createdAt,
  }));
}
