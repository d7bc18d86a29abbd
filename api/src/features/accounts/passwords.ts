/**
 * Curators' passwords, hashed with scrypt (memory-hard, in node:crypto): N = 2^15, r = 8, p = 1 uses
 * 32 MiB and about 0.1 s per hash on these machines, the OWASP minimum for scrypt. The parameters are
 * stored with each hash, so they can be raised later without locking anyone out.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const params = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params.N, params.r, params.p);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Whether the password matches the stored hash; a missing hash is checked against a dummy, taking the same time. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = (stored ?? dummyHash).split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(n), Number(r), Number(p));
  return stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Stands in for an account that does not exist or has no password yet, so timing does not tell. */
const dummyHash = `scrypt$${params.N}$${params.r}$${params.p}$${"A".repeat(22)}$${"A".repeat(43)}`;

/** NIST SP 800-63B: long passphrases welcome, no composition rules; at least 12 characters here. */
export const passwordRules = { minLength: 12, maxLength: 200 } as const;
