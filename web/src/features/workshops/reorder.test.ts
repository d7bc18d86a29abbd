import { describe, expect, it } from "vitest";
import { afterIdForDrop, afterIdForStep, applyMove } from "./reorder.ts";

const order = ["a", "b", "c", "d"];

describe("afterIdForStep", () => {
  it("moves up and down by one, and not past the ends", () => {
    expect(afterIdForStep(order, "c", -1)).toBe("a");
    expect(afterIdForStep(order, "b", -1)).toBeNull();
    expect(afterIdForStep(order, "b", 1)).toBe("c");
    expect(afterIdForStep(order, "a", -1)).toBeUndefined();
    expect(afterIdForStep(order, "d", 1)).toBeUndefined();
    expect(afterIdForStep(order, "x", 1)).toBeUndefined();
  });

  it("gives what applyMove turns into the expected order", () => {
    expect(applyMove(order, "c", afterIdForStep(order, "c", -1) ?? null)).toEqual(["a", "c", "b", "d"]);
    expect(applyMove(order, "b", afterIdForStep(order, "b", -1) ?? null)).toEqual(["b", "a", "c", "d"]);
    expect(applyMove(order, "b", afterIdForStep(order, "b", 1) ?? null)).toEqual(["a", "c", "b", "d"]);
  });
});

describe("afterIdForDrop", () => {
  it("puts a step dragged down after the target, and one dragged up before it", () => {
    expect(applyMove(order, "a", afterIdForDrop(order, "a", "c") ?? null)).toEqual(["b", "c", "a", "d"]);
    expect(applyMove(order, "d", afterIdForDrop(order, "d", "b") ?? null)).toEqual(["a", "d", "b", "c"]);
    expect(afterIdForDrop(order, "c", "a")).toBeNull();
    expect(afterIdForDrop(order, "c", "c")).toBeUndefined();
  });
});
