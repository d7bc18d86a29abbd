import { describe, expect, it } from "vitest";
import { errorsByPath } from "../../lib/form-errors.ts";
import { emptyCaseDraft, newParticipant, newRelationship, toCaseBundle } from "./case-draft.ts";
import { emptySource } from "./sources-draft.ts";

function draft() {
  const d = emptyCaseDraft();
  d.title = "Barrio Cuida: cuidados en Sevilla";
  d.summary = "Neighbours and the city care together.";
  d.place = {
    ...d.place,
    country: "es",
    city: "Sevilla",
    latitude: "37.39",
    longitude: "-5,98",
    locationPrecision: "city",
  };
  d.typology.phase = ["co-delivery"];
  d.sources = [{ ...emptySource(), url: " https://example.org/a ", title: "Page", year: "2021" }];
  const city = newParticipant({ id: "city-of-seville", name: "City of Seville", type: "public-administration" });
  const coop = { ...newParticipant(), name: "Cooperativa Árbol", type: "sse-organisation" };
  d.participants = [
    { ...city, role: "initiator" },
    { ...coop, role: "provider" },
  ];
  d.relationships = [
    { ...newRelationship(d.sources), from: city.key, to: coop.key, type: "agreement", basis: "A deal." },
  ];
  return d;
}

describe("toCaseBundle", () => {
  it("writes the data format: slugs, numbers, new stakeholders and sources by id", () => {
    const { bundle } = toCaseBundle(draft());
    expect(bundle.record).toMatchObject({
      id: "barrio-cuida-cuidados-en-sevilla",
      country: "ES",
      latitude: 37.39,
      longitude: -5.98,
      phase: ["co-delivery"],
      participants: [
        { stakeholder: "city-of-seville", role: "initiator" },
        { stakeholder: "cooperativa-arbol", role: "provider" },
      ],
      relationships: [
        { from: "city-of-seville", to: "cooperativa-arbol", sources: ["barrio-cuida-cuidados-en-sevilla-source-1"] },
      ],
      sources: ["barrio-cuida-cuidados-en-sevilla-source-1"],
    });
    expect(bundle.stakeholders).toEqual([
      expect.objectContaining({ id: "cooperativa-arbol", name: "Cooperativa Árbol", country: "ES" }),
    ]);
    expect(bundle.sources[0]).toMatchObject({ url: "https://example.org/a", year: 2021 });
  });

  it("gives two new stakeholders with the same name different ids", () => {
    const d = draft();
    d.participants.push({ ...newParticipant(), name: "Cooperativa Arbol", type: "sse-organisation", role: "provider" });
    expect(toCaseBundle(d).bundle.stakeholders.map((s) => s.id)).toEqual(["cooperativa-arbol", "cooperativa-arbol-2"]);
  });
});

describe("errorsByPath", () => {
  it("places the server's errors on the form's fields", () => {
    const d = draft();
    const { formPaths } = toCaseBundle(d);
    const error = Object.assign(new Error("Invalid body"), {
      status: 400,
      code: "invalid_body",
      details: [
        { parameter: "bundle", path: "bundle.record.summary", message: "must not be empty" },
        { parameter: "bundle", path: "bundle.stakeholders.0.type", message: "unknown type" },
        { parameter: "bundle", path: "bundle.record.participants.0.role", message: "unknown role" },
        { parameter: "bundle", path: "bundle.record.id", message: "is taken" },
        { parameter: "bundle", path: "bundle.sources.0.url", message: "must be an http(s) URL" },
      ],
    });
    const [city, coop] = d.participants;
    expect(errorsByPath(error, formPaths)).toEqual({
      "record.summary": "must not be empty",
      [`participants.${coop?.key}.type`]: "unknown type",
      [`participants.${city?.key}.role`]: "unknown role",
      "record.title": "is taken",
      [`sources.${d.sources[0]?.key}.url`]: "must be an http(s) URL",
    });
  });
});
