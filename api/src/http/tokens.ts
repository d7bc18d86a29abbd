/**
 * Random secrets that people hold in links and cookies (sessions, one-time links, proposers' links).
 * They are high in entropy, so a fast SHA-256 is the right hash to store; only the hash is stored.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url (43 characters). */
export function createToken(): string {
  return randomBytes(32).toString("base64url");
}

/** An id for a new row: 12 random bytes, base64url (16 characters), unguessable and URL-safe. */
export function createRowId(): string {
  return randomBytes(12).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two strings of the same kind in constant time. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
