import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "./duplicate-index.ts";
import { nameSimilarity, toNameNumbers, toNameWords } from "./duplicates.ts";

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

  it("finds a typo in the only word that tells a name apart", () => {
    const index = new DuplicateIndex<string>(5);
    index.add("a", { name: "Cooperativa Il Girasole", country: "IT" });
    expect(index.find({ name: "Il Girasol", country: "IT" })?.of).toBe("a");
  });

  it("tells apart names that differ only by their number", () => {
    expect(toNameNumbers(toNameWords("Distrito 03 Centro"))).toBe("3");
    const index = new DuplicateIndex<string>(5);
    index.add("a", { name: "Fundación El Olivo 2 (Sevilla)", country: "ES" });
    expect(index.find({ name: "Fundación El Olivo 3 (Sevilla)", country: "ES" })).toBeUndefined();
    expect(index.find({ name: "El Olivo (Sevilla)", country: "ES" })).toBeUndefined();
    expect(index.find({ name: "EL OLIVO 02 Sevilla", country: "ES" })?.of).toBe("a");
  });

  it("keeps every candidate however common the words, and prefers the most similar, then the earliest", () => {
    const index = new DuplicateIndex<number>(5, { sample: ["Asociación Vecinal"] });
    const places = ["Sevilla", "Cádiz", "Huelva", "Jaén", "Málaga", "Almería", "Córdoba", "Granada"];
    for (let i = 0; i < 2000; i++) index.add(i, { name: `Asociación Vecinal ${places[i % 8]} Barrio ${i}` });
    index.add(2000, { name: "Asociación Vecinal Triana" });
    index.add(2001, { name: "Asociacion vecinal Triana" });
    expect(index.find({ name: "Asociación Vecinal Barrio 1999 Granada" })).toMatchObject({ of: 1999, similarity: 1 });
    expect(index.find({ name: "Vecinal de Trianna" })?.of).toBe(2000);
    expect(index.find({ name: "Asociación Vecinal" })).toBeUndefined();
  });

  it("finds every pair a comparison of all pairs finds", () => {
    const words = ["olivo", "huerta", "colmena", "girasole", "lanterna", "ruche", "abeilles", "raices"];
    const names: string[] = [];
    for (let i = 0; i < 250; i++) {
      const a = words[i % 8] as string;
      const b = words[(i * 3 + 1) % 8] as string;
      const typo = i % 5 === 0 ? a.slice(0, -1) : a;
      names.push(`${typo} ${b}${i % 7 === 0 ? "s" : ""}`);
    }
    const index = new DuplicateIndex<number>(5, { sample: names });
    names.forEach((name, i) => {
      const expected = names
        .slice(0, i)
        .map((other, j) => ({ j, s: nameSimilarity(toNameWords(name), toNameWords(other)) }))
        .filter((c) => c.s >= 0.85)
        .sort((x, y) => y.s - x.s || x.j - y.j)[0];
      expect(index.find({ name })?.of, name).toBe(expected?.j);
      index.add(i, { name });
    });
  });
});
