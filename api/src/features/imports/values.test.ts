import { describe, expect, it } from "vitest";
import { guessValue, mapValue, toCountryIndex, toFixedIndex, toVocabularyIndex } from "./values.ts";

const stakeholderTypes = toVocabularyIndex("stakeholderType", [
  { key: "public-local", labels: ["Local public administration", "Administración local"] },
  { key: "sse-organisation", labels: ["SSE organisation", "Entidad de la ESS"] },
  { key: "community-group", labels: ["Community group"] },
  { key: "private-company", labels: ["Private company"] },
  { key: "research", labels: ["University or research body"] },
]);

describe("mapping values", () => {
  it("maps countries by name in many languages and by ISO code", () => {
    const countries = toCountryIndex();
    for (const name of ["Italia", "Italy", "IT", "ITA", "Italie", "إيطاليا", "Ιταλία", "  italy "]) {
      expect(guessValue(countries, name)?.key, name).toBe("IT");
    }
    expect(guessValue(countries, "State of Palestine")?.key).toBe("PS");
    expect(guessValue(countries, "Türkiye")?.key).toBe("TR");
    expect(guessValue(countries, "Spain (Catalonia)")).toEqual({ key: "ES", how: "within" });
    expect(guessValue(countries, "Atlantis")).toBeUndefined();
  });

  it("maps Participedia's sector keys and labels to the same stakeholder type", () => {
    expect(guessValue(stakeholderTypes, "non_profit_non_gov")?.key).toBe("sse-organisation");
    expect(guessValue(stakeholderTypes, "Non-Profit or Non Governmental")?.key).toBe("sse-organisation");
    expect(guessValue(stakeholderTypes, "for_profit")?.key).toBe("private-company");
    expect(guessValue(stakeholderTypes, "Higher Education or Research")?.key).toBe("research");
    expect(guessValue(stakeholderTypes, "Government")).toBeUndefined();
  });

  it("maps keys, labels in any language, and the longest alias a value contains", () => {
    expect(guessValue(stakeholderTypes, "public-local")).toEqual({ key: "public-local", how: "exact" });
    expect(guessValue(stakeholderTypes, "ADMINISTRACIÓN LOCAL")).toEqual({ key: "public-local", how: "exact" });
    expect(guessValue(stakeholderTypes, "Ayuntamiento de Sevilla")).toEqual({ key: "public-local", how: "within" });
    expect(guessValue(stakeholderTypes, "Asociación vecinal de Triana")?.key).toBe("community-group");
    expect(guessValue(stakeholderTypes, "Asociación cultural")?.key).toBe("sse-organisation");
    expect(guessValue(toFixedIndex("status"), "En curso")?.key).toBe("active");
  });

  it("lets the curator's mapping win, and leave a value out with null", () => {
    const explicit = { government: "public-local", other: null };
    expect(mapValue(stakeholderTypes, explicit, "GOVERNMENT")).toBe("public-local");
    expect(mapValue(stakeholderTypes, explicit, "Other")).toBeNull();
    expect(mapValue(stakeholderTypes, explicit, "Something else")).toBeUndefined();
  });
});
