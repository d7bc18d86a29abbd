import { describe, expect, it } from "vitest";
import { parseSecretFragment, toMemberLink } from "./secrets.ts";

describe("the secret link", () => {
  const secret = "Zq3_x-9".repeat(6);

  it("carries the secret in the fragment, never in the path or query", () => {
    const link = toMemberLink("https://atlas.example", "w1", secret);
    expect(link).toBe(`https://atlas.example/w/w1#k=${secret}`);
    const url = new URL(link);
    expect(url.pathname + url.search).not.toContain(secret);
    expect(parseSecretFragment(url.hash)).toBe(secret);
  });

  it("ignores fragments that hold no plausible secret", () => {
    expect(parseSecretFragment("")).toBeUndefined();
    expect(parseSecretFragment("#k=short")).toBeUndefined();
    expect(parseSecretFragment("#k=<script>alert(1)</script>")).toBeUndefined();
    expect(parseSecretFragment("#top")).toBeUndefined();
  });
});
