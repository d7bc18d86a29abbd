import { describe, expect, it } from "vitest";
import { comparePath, parseCompare, toggleCompare, withCompare } from "./selection.ts";

describe("the comparison selection", () => {
  it("reads at most four distinct, well-formed ids", () => {
    expect(parseCompare(new URLSearchParams("compare=a,b,a,<x>,c,d,e"))).toEqual(["a", "b", "c", "d"]);
    expect(parseCompare(new URLSearchParams("cases=x,y"), "cases")).toEqual(["x", "y"]);
  });

  it("adds until full and removes", () => {
    expect(toggleCompare(["a"], "b")).toEqual(["a", "b"]);
    expect(toggleCompare(["a", "b"], "a")).toEqual(["b"]);
    expect(toggleCompare(["a", "b", "c", "d"], "e")).toEqual(["a", "b", "c", "d"]);
  });

  it("writes the selection beside the other parameters", () => {
    expect(withCompare(new URLSearchParams("country=TN"), ["a", "b"]).toString()).toBe("country=TN&compare=a%2Cb");
    expect(withCompare(new URLSearchParams("country=TN&compare=a"), []).toString()).toBe("country=TN");
    expect(comparePath(["a", "b"])).toBe("/compare?cases=a,b");
  });
});
