import { describe, expect, it } from "vitest";
import { distanceKm, nameSimilarity, toComparableName } from "./similarity.ts";

describe("nameSimilarity", () => {
  it("folds case, accents, punctuation and generic words", () => {
    expect(toComparableName("Ateneu Popular de 9 Barris")).toBe("ateneu popular 9 barris");
    expect(nameSimilarity("Harinera ZGZ", "HARINERA-zgz")).toBe(1);
    expect(nameSimilarity("Ajuntament de Barcelona", "Ajuntament Barcelona")).toBe(1);
  });

  it("scores near-duplicates high and different names low", () => {
    expect(nameSimilarity("Cooperativa Sense Sostre", "Cooperativa Sensesostre")).toBeGreaterThan(0.5);
    expect(nameSimilarity("Seville City Council", "City Council of Seville")).toBeGreaterThan(0.6);
    expect(nameSimilarity("Seville City Council", "Tunis Municipality")).toBeLessThan(0.2);
  });

  it("measures distances on the sphere", () => {
    const seville = { latitude: 37.389, longitude: -5.984 };
    const cadiz = { latitude: 36.527, longitude: -6.288 };
    expect(distanceKm(seville, cadiz)).toBeGreaterThan(95);
    expect(distanceKm(seville, cadiz)).toBeLessThan(105);
  });
});
