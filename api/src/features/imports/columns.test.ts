import { describe, expect, it } from "vitest";
import { guessColumns, toHeaderToken } from "./columns.ts";

describe("guessing columns from header names", () => {
  it("reads Participedia's organizations export", () => {
    const header = [
      "id",
      "type",
      "title",
      "url",
      "description",
      "city",
      "province",
      "country",
      "latitude",
      "longitude",
      "sector",
      "body",
    ];
    // Without looking at values, "type" wins the type; plan.ts weighs values in (see its test).
    expect(guessColumns("stakeholder", header, (_f, h) => (h === "type" ? 0 : 1))).toEqual({
      name: "title",
      type: "sector",
      country: "country",
      city: "city",
      latitude: "latitude",
      longitude: "longitude",
      description: "body",
      sourceUrl: "url",
    });
  });

  it("reads Karte von morgen, GoGoCarto, Kumu and Ushahidi exports", () => {
    expect(
      guessColumns("stakeholder", ["title", "description", "lat", "lng", "city", "country", "homepage", "tags"]),
    ).toMatchObject({
      name: "title",
      latitude: "lat",
      longitude: "lng",
      website: "homepage",
    });
    expect(
      guessColumns("stakeholder", [
        "name",
        "categories",
        "address.addressLocality",
        "address.addressCountry",
        "geo.latitude",
        "geo.longitude",
      ]),
    ).toEqual({
      name: "name",
      type: "categories",
      city: "address.addressLocality",
      country: "address.addressCountry",
      latitude: "geo.latitude",
      longitude: "geo.longitude",
    });
    expect(guessColumns("stakeholder", ["Label", "Type", "Description", "Tags"])).toMatchObject({
      name: "Label",
      type: "Type",
    });
    expect(
      guessColumns("case", ["Post ID", "Title", "Description", "Location.lat", "Location.lon", "Categories"]),
    ).toMatchObject({
      title: "Title",
      summary: "Description",
      latitude: "Location.lat",
      longitude: "Location.lon",
      policyDomain: "Categories",
    });
  });

  it("reads headers in the six languages", () => {
    expect(
      guessColumns("stakeholder", ["Nombre", "Tipo de entidad", "País", "Ciudad", "Latitud", "Longitud", "Sitio web"]),
    ).toEqual({
      name: "Nombre",
      type: "Tipo de entidad",
      country: "País",
      city: "Ciudad",
      latitude: "Latitud",
      longitude: "Longitud",
      website: "Sitio web",
    });
    expect(guessColumns("stakeholder", ["Nom de la structure", "Catégorie", "Pays", "Ville"])).toMatchObject({
      name: "Nom de la structure",
      type: "Catégorie",
    });
    expect(guessColumns("stakeholder", ["الاسم", "النوع", "البلد", "المدينة"])).toEqual({
      name: "الاسم",
      type: "النوع",
      country: "البلد",
      city: "المدينة",
    });
    expect(guessColumns("stakeholder", ["Denominazione", "Tipologia", "Paese", "Comune"])).toMatchObject({
      name: "Denominazione",
      country: "Paese",
      city: "Comune",
    });
    expect(guessColumns("stakeholder", ["Όνομα", "Τύπος", "Χώρα", "Πόλη"])).toEqual({
      name: "Όνομα",
      type: "Τύπος",
      country: "Χώρα",
      city: "Πόλη",
    });
  });

  it("gives a case's summary to 'description' and its description to 'body'", () => {
    expect(guessColumns("case", ["title", "description", "body", "start_date", "general_issues"])).toEqual({
      title: "title",
      summary: "description",
      description: "body",
      startYear: "start_date",
      policyDomain: "general_issues",
    });
  });

  it("compares header names as tokens", () => {
    expect(toHeaderToken("address.addressCountry")).toBe("address address country");
    expect(toHeaderToken("Organisation_Name (2)")).toBe("organisation name");
  });
});
