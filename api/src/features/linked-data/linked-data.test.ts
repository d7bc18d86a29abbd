import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";
import { prefersJsonLd, qualityOf } from "./negotiation.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

const base = "http://localhost";
const schema = (term: string) => `https://schema.org/${term}`;
const rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

type Quad = { subject: { value: string }; predicate: { value: string }; object: { value: string } };

/** Parses a JSON-LD document into RDF quads with the jsonld library, as an RDF tool would. */
async function toQuads(doc: object): Promise<Quad[]> {
  return (await jsonld.toRDF(doc as jsonld.JsonLdDocument)) as unknown as Quad[];
}

const objectsOf = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

async function getLd(path: string, accept = "application/ld+json") {
  const res = await t.request(path, { headers: { accept } });
  return { res, body: (await res.json()) as Record<string, unknown> };
}

describe("a case as JSON-LD", () => {
  it("reads as RDF with the case's type, name, location and each stakeholder's role", async () => {
    const { res, body } = await getLd("/api/ld/cases/seville-care");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/ld+json");
    const quads = await toQuads(body);
    const iri = `${base}/cases/seville-care`;
    expect(objectsOf(quads, iri, rdfType)).toContain(schema("Project"));
    expect(objectsOf(quads, iri, schema("name"))).toEqual(["Seville care co-delivery"]);
    const [place] = objectsOf(quads, iri, schema("location"));
    const [address] = objectsOf(quads, place as string, schema("address"));
    expect(objectsOf(quads, address as string, schema("addressLocality"))).toEqual(["Sevilla"]);
    expect(objectsOf(quads, address as string, schema("addressCountry"))).toEqual(["ES"]);
    const [geo] = objectsOf(quads, place as string, schema("geo"));
    expect(Number(objectsOf(quads, geo as string, schema("latitude"))[0])).toBeCloseTo(37.38);
    const roles = objectsOf(quads, iri, schema("member")).map((role) => ({
      stakeholder: objectsOf(quads, role, schema("member"))[0],
      role: objectsOf(quads, role, schema("roleName"))[0],
      type: objectsOf(quads, role, rdfType)[0],
    }));
    expect(roles).toEqual(
      expect.arrayContaining([
        {
          stakeholder: `${base}/stakeholders/city-of-seville`,
          role: `${base}/api/ld/concepts/role#initiator`,
          type: schema("OrganizationRole"),
        },
        {
          stakeholder: `${base}/stakeholders/coop-one`,
          role: `${base}/api/ld/concepts/role#provider`,
          type: schema("OrganizationRole"),
        },
      ]),
    );
    expect(roles).toHaveLength(2);
    expect(objectsOf(quads, iri, "http://purl.org/dc/terms/subject")).toContain(
      `${base}/api/ld/concepts/phase#co-delivery`,
    );
    expect(objectsOf(quads, iri, schema("citation"))).toContain("https://example.org/a");
  });

  it("is what the record's page and API address answer to Accept: application/ld+json", async () => {
    const page = await getLd("/cases/seville-care");
    expect(page.res.headers.get("vary")).toContain("Accept");
    expect(page.body["@id"]).toBe(`${base}/cases/seville-care`);
    const api = await getLd("/api/cases/seville-care", "application/ld+json, application/json;q=0.5");
    expect(api.body["@id"]).toBe(`${base}/cases/seville-care`);
    const plain = await getLd("/api/cases/seville-care", "application/json");
    expect(plain.body["@id"]).toBeUndefined();
    expect(plain.body.id).toBe("seville-care");
    expect(plain.res.headers.get("vary")).toContain("Accept");
  });

  it("answers 404 for an unknown record", async () => {
    expect((await t.request("/api/ld/cases/nowhere")).status).toBe(404);
    expect((await t.request("/api/ld/concepts/nothing")).status).toBe(404);
  });
});

describe("stakeholders and currency initiatives as JSON-LD", () => {
  it("types an SSE organisation as an ESSGLOBAL initiative with its legal form", async () => {
    const { body } = await getLd("/api/ld/stakeholders/coop-one");
    const quads = await toQuads(body);
    const iri = `${base}/stakeholders/coop-one`;
    expect(objectsOf(quads, iri, rdfType)).toEqual(
      expect.arrayContaining([schema("Organization"), "http://purl.org/essglobal/vocab/SSEInitiative"]),
    );
    expect(objectsOf(quads, iri, "http://purl.org/essglobal/vocab/legalForm")).toEqual([
      "http://purl.org/essglobal/standard/legal-form/L2",
    ]);
  });

  it("gives a currency's figures with their year and source", async () => {
    const { body } = await getLd("/currencies/puma");
    const quads = await toQuads(body);
    const iri = `${base}/currencies/puma`;
    expect(objectsOf(quads, iri, schema("name"))).toEqual(["Puma"]);
    const [figure] = objectsOf(quads, iri, schema("additionalProperty"));
    expect(objectsOf(quads, figure as string, schema("value"))).toEqual(["300"]);
    expect(objectsOf(quads, figure as string, schema("citation"))).toEqual(["https://example.org/b"]);
  });
});

describe("the vocabularies as SKOS", () => {
  it("publishes each term as a concept with its labels in every language it has", async () => {
    const { body } = await getLd("/api/ld/concepts/phase");
    const quads = await toQuads(body);
    const concept = `${base}/api/ld/concepts/phase#co-design`;
    const labels = quads.filter(
      (q) => q.subject.value === concept && q.predicate.value === "http://www.w3.org/2004/02/skos/core#prefLabel",
    ) as unknown as { object: { value: string; language: string } }[];
    expect(labels.map((l) => [l.object.language, l.object.value]).sort()).toEqual([
      ["en", "Co-design"],
      ["es", "Codiseño"],
    ]);
    expect(objectsOf(quads, concept, "http://www.w3.org/2004/02/skos/core#inScheme")).toEqual([
      `${base}/api/ld/concepts/phase`,
    ]);
  });
});

describe("the dataset dump", () => {
  it("follows the filters, names the dataset version and loads as RDF", async () => {
    const res = await t.request("/api/ld/dataset.jsonld?country=TN");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/coproduction-atlas-v[\d.]+-[0-9a-f]{12}\.jsonld/);
    const quads = await toQuads((await res.json()) as object);
    const projects = quads.filter((q) => q.predicate.value === rdfType && q.object.value === schema("Project"));
    expect(projects.map((q) => q.subject.value)).toEqual([`${base}/cases/tunis-housing`]);
    expect(objectsOf(quads, `${base}/api/dataset`, schema("version"))[0]).toBe(
      res.headers.get("x-atlas-dataset-version"),
    );
    expect(objectsOf(quads, `${base}/stakeholders/tunis-municipality`, schema("name"))).toEqual([
      "Municipality of Tunis",
    ]);
    expect(quads.some((q) => q.subject.value.includes("seville"))).toBe(false);
  });

  it("rejects bad filters", async () => {
    expect((await t.request("/api/ld/dataset.jsonld?bbox=1")).status).toBe(400);
  });
});

describe("content negotiation", () => {
  it("weighs the Accept header's qualities", () => {
    expect(prefersJsonLd("application/ld+json")).toBe(true);
    expect(prefersJsonLd("application/ld+json;q=0.9, application/json")).toBe(false);
    expect(prefersJsonLd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe(false);
    expect(prefersJsonLd(undefined)).toBe(false);
    expect(qualityOf("text/*;q=0.3, */*;q=0.1", "text/html")).toBe(0.3);
  });
});
