import { describe, expect, it } from "vitest";
import { toDotBudget } from "./budget.ts";

describe("toDotBudget", () => {
  it("counts the dots left within the budget", () => {
    expect(toDotBudget(5, 2)).toEqual({ left: 3, over: 0 });
    expect(toDotBudget(5, 5)).toEqual({ left: 0, over: 0 });
  });

  it("counts the dots over a budget lowered after they were placed", () => {
    expect(toDotBudget(3, 5)).toEqual({ left: 0, over: 2 });
  });
});
