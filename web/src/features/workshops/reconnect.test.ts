import { describe, expect, it } from "vitest";
import { toReopenDelayMs } from "./reconnect.ts";

describe("toReopenDelayMs", () => {
  it("waits 2 s while nothing was refused or after one refusal, doubles with each refusal in a row, up to a minute", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(toReopenDelayMs)).toEqual([
      2_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});
