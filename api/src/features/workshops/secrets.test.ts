import { describe, expect, it } from "vitest";
import {
  createId,
  createJoinCode,
  createSecret,
  formatJoinCode,
  hashJoinCode,
  hashSecret,
  joinCodeAlphabet,
  joinCodeLength,
  normalizeJoinCode,
  sameHash,
} from "./secrets.ts";

describe("workshop secrets", () => {
  it("are 32 random bytes, base64url, never repeated", () => {
    const secrets = new Set(Array.from({ length: 1000 }, createSecret));
    expect(secrets.size).toBe(1000);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("are stored as SHA-256 hex and compared in constant time", () => {
    const secret = createSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(sameHash(hash, hashSecret(secret))).toBe(true);
    expect(sameHash(hash, hashSecret(`${secret}x`))).toBe(false);
    expect(sameHash(hash, "")).toBe(false);
  });
});

describe("join codes", () => {
  it("use an alphabet without look-alikes, with about 50 bits", () => {
    for (const confusable of ["0", "O", "1", "I", "L"]) expect(joinCodeAlphabet).not.toContain(confusable);
    expect(joinCodeLength * Math.log2(joinCodeAlphabet.length)).toBeGreaterThan(49);
    const code = createJoinCode();
    expect(code).toHaveLength(joinCodeLength);
    expect([...code].every((ch) => joinCodeAlphabet.includes(ch))).toBe(true);
  });

  it("are shown in two groups and accepted however they are typed", () => {
    const code = "ABCDE23456";
    expect(formatJoinCode(code)).toBe("ABCDE-23456");
    expect(normalizeJoinCode(" abcde-23 456 ")).toBe(code);
    expect(hashJoinCode("abcde-23456")).toBe(hashJoinCode(code));
    expect(hashJoinCode(code)).not.toBe(hashSecret(code));
  });
});
