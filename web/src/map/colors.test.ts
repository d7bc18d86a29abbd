import { describe, expect, it } from "vitest";
import { closestPair, colorDistance, type Vision } from "./color-vision.ts";
import { otherColor, palette, toColorScale } from "./colors.ts";

describe("the case colours", () => {
  const all = [...palette, otherColor];

  it.each([
    ["normal", 26],
    ["protan", 20],
    ["deutan", 17],
    ["tritan", 16],
  ] as [Vision, number][])("stay apart with %s vision (closest pair at least ΔE %i)", (vision, documented) => {
    const { pair, distance } = closestPair(all, vision);
    expect(distance, `${pair.join(" and ")} under ${vision}`).toBeGreaterThanOrEqual(Math.max(15, documented));
  });

  it("measures what it claims: black and white far apart, a colour and itself not at all", () => {
    expect(colorDistance("#000000", "#ffffff")).toBeCloseTo(100, 0);
    expect(colorDistance("#0072B2", "#0072B2", "deutan")).toBe(0);
    // Red and green, the classic confusion, collapse for a deuteranope.
    expect(colorDistance("#ff0000", "#00b000", "deutan")).toBeLessThan(colorDistance("#ff0000", "#00b000") / 3);
  });

  it("gives a colour of its own only to as many values as the palette holds, the most common ones", () => {
    const keys = Array.from({ length: 24 }, (_, i) => `domain-${i}`);
    const counts = new Map(keys.map((k, i) => [k, i]));
    const scale = toColorScale(keys, counts);
    expect(scale.size).toBe(palette.length);
    expect(new Set(scale.values()).size).toBe(palette.length);
    expect(scale.has("domain-23")).toBe(true);
    expect(scale.has("domain-0")).toBe(false);
    // In vocabulary order among those chosen, so a small change in counts moves few colours.
    expect([...scale.keys()]).toEqual(keys.slice(16));
  });
});
