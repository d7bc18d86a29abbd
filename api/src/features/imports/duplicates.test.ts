import { describe, expect, it } from "vitest";
import { DuplicateIndex, nameSimilarity, toNameWords } from "./duplicates.ts";

describe("telling duplicates", () => {
  it("compares names without case, accents, articles, legal forms or word order", () => {
    expect(toNameWords("Asociación Vecinal La Flor")).toEqual(["vecinal", "flor"]);
    expect(nameSimilarity(toNameWords("La Flor, asociación vecinal"), toNameWords("ASOCIACION VECINAL LA FLOR"))).toBe(
      1,
    );
    expect(
      nameSimilarity(toNameWords("Cooperativa Il Girasole"), toNameWords("Cooperativa Il Girasol")),
    ).toBeGreaterThan(0.85);
    expect(nameSimilarity(toNameWords("Il Girasole"), toNameWords("La Lanterna"))).toBeLessThan(0.5);
  });

  it("finds a similar name in the same country within the distance, and nothing else", () => {
    const index = new DuplicateIndex<string>(5);
    index.add("a", { name: "Asociación Vecinal La Flor", country: "ES", latitude: 37.39, longitude: -5.98 });
    index.add("b", { name: "Coopolis", country: "ES" });
    expect(
      index.find({ name: "La Flor (asociación vecinal)", country: "ES", latitude: 37.4, longitude: -5.98 }),
    ).toMatchObject({
      of: "a",
      similarity: 1,
    });
    expect(index.find({ name: "La Flor", country: "ES", latitude: 40.4, longitude: -3.7 })).toBeUndefined();
    expect(index.find({ name: "La Flor vecinal", country: "PT" })).toBeUndefined();
    expect(index.find({ name: "Coòpolis", country: "ES", latitude: 41.38, longitude: 2.17 })?.of).toBe("b");
    expect(index.find({ name: "Coopolis" })?.of).toBe("b");
  });
});
