import { describe, expect, it } from "vitest";
import { toClientAddress } from "./client-address.ts";

describe("toClientAddress", () => {
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(toClientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
  });

  it("reads the address the outermost trusted proxy saw, whatever the client prepended", () => {
    // A client forged "1.1.1.1"; the one trusted proxy appended the real peer 198.51.100.7.
    expect(toClientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7", 1)).toBe("198.51.100.7");
    // Two proxies: the client's address is second from the right.
    expect(toClientAddress("10.0.0.3", "1.1.1.1, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back sensibly on a short or missing header", () => {
    expect(toClientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(toClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(toClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});
