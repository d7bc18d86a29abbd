/**
 * Secrets of a workshop: member links, join codes and record ids. Secrets are random and high in
 * entropy, so a fast SHA-256 is the right hash (a slow password hash guards low-entropy input);
 * only hashes are stored.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
export const joinCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/** 10 characters of 31: log2(31^10) ≈ 49.5 bits, so guessing under the rate limit is hopeless. */
export const joinCodeLength = 10;

/** A member's secret: 32 random bytes, base64url (43 characters). */
export function createSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A record id: 12 random bytes, base64url (16 characters), unguessable and URL-safe. */
export function createId(): string {
  return randomBytes(12).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A new join code, unbiased over the alphabet. */
export function createJoinCode(): string {
  let code = "";
  for (let i = 0; i < joinCodeLength; i++) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

/** The code as typed by a person: case, spaces and hyphens ignored. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

/** The code as shown to people: two groups of five. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function hashJoinCode(input: string): string {
  return hashSecret(`join:${normalizeJoinCode(input)}`);
}
