import { describe, expect, it } from "vitest";
import { toPackCases } from "./pack.ts";
import { toMapPicture } from "./pack-map.ts";

const evidence = (caseId: string | null, title: string, location: { longitude: number; latitude: number } | null) => ({
  caseId,
  title,
  place: "",
  why: "",
  location,
  sources: [],
});
const seville = { longitude: -5.97, latitude: 37.38 };
const tunis = { longitude: 10.18, latitude: 36.81 };

describe("toPackCases", () => {
  it("numbers each case once, in the order the steps first cite it, with every step citing it", () => {
    const cases = toPackCases({
      steps: [
        { number: 1, evidence: [evidence("tunis", "Tunis", tunis), evidence("seville", "Seville", seville)] },
        { number: 2, evidence: [evidence("seville", "Seville", seville), evidence(null, "Gone", null)] },
        { number: 3, evidence: [evidence("tunis", "Tunis", tunis)] },
      ] as never,
    });
    expect(cases.map((c) => [c.number, c.title, c.steps])).toEqual([
      [1, "Tunis", [1, 3]],
      [2, "Seville", [1, 2]],
      [3, "Gone", [2]],
    ]);
  });
});

describe("toMapPicture", () => {
  it("has nothing to draw without a located case", () => {
    expect(toMapPicture([], undefined, 720, 440)).toBeNull();
  });

  it("shows a single case inside the picture, with room around it", () => {
    const picture = toMapPicture([{ number: 1, ...seville }], undefined, 720, 440);
    const marker = picture?.markers[0];
    expect(marker?.numbers).toEqual([1]);
    expect(marker?.x).toBeCloseTo(360, 0);
    // Mercator stretches northwards, so the same degrees above and below are not quite the same height.
    expect(Math.abs((marker?.y ?? 0) - 220)).toBeLessThan(30);
  });

  it("keeps distant cases apart and joins those at the same spot into one marker", () => {
    const picture = toMapPicture(
      [
        { number: 1, ...seville },
        { number: 2, longitude: -5.98, latitude: 37.39 },
        { number: 3, ...tunis },
      ],
      undefined,
      720,
      440,
    );
    expect(picture?.markers.map((m) => m.numbers)).toEqual([[1, 2], [3]]);
    for (const m of picture?.markers ?? []) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(720);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(440);
    }
  });
});
