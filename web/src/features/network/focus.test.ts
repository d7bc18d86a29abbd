import { describe, expect, it } from "vitest";
import { nextFocus } from "./focus.ts";

//   0 (0,0)      1 (100,0)
//   2 (0,100)    3 (100,90)     4 (300,10)
const points = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 0, y: 100 },
  { x: 100, y: 90 },
  { x: 300, y: 10 },
];
const all = () => true;

describe("nextFocus", () => {
  it("moves to the nearest node in the arrow's direction", () => {
    expect(nextFocus(points, all, 0, "ArrowRight")).toBe(1);
    expect(nextFocus(points, all, 0, "ArrowDown")).toBe(2);
    expect(nextFocus(points, all, 1, "ArrowRight")).toBe(4);
    expect(nextFocus(points, all, 3, "ArrowUp")).toBe(1);
  });

  it("stays put when nothing lies that way, and skips hidden nodes", () => {
    expect(nextFocus(points, all, 0, "ArrowLeft")).toBeUndefined();
    expect(nextFocus(points, (i) => i !== 1 && i !== 3, 0, "ArrowRight")).toBe(4);
  });

  it("goes to the first and last visible node with Home and End", () => {
    expect(nextFocus(points, (i) => i > 0, 3, "Home")).toBe(1);
    expect(nextFocus(points, all, 0, "End")).toBe(4);
    expect(nextFocus(points, all, 0, "Enter")).toBeUndefined();
  });
});
