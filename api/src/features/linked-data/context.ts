/**
 * The JSON-LD context, inline so that a reader needs no network to expand it: schema.org as the
 * default vocabulary, SKOS for the concept schemes, Dublin Core terms for subjects and types,
 * ESSGLOBAL for SSE initiatives and their legal forms, and the atlas's own namespace for the rest.
 */
import type { Iris } from "./iris.ts";

export function toContext(iris: Iris) {
  const ref = { "@type": "@id" } as const;
  return {
    "@vocab": "https://schema.org/",
    schema: "https://schema.org/",
    skos: "http://www.w3.org/2004/02/skos/core#",
    dcterms: "http://purl.org/dc/terms/",
    essglobal: "http://purl.org/essglobal/vocab/",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    atlas: iris.vocab,
    url: ref,
    license: ref,
    roleName: ref,
    sameAs: ref,
    subject: { "@id": "dcterms:subject", "@type": "@id" },
    category: { "@id": "dcterms:type", "@type": "@id" },
    source: { "@id": "dcterms:source", "@type": "@id" },
    legalForm: { "@id": "essglobal:legalForm", "@type": "@id" },
    sseForm: { "@id": "atlas:sseForm", "@type": "@id" },
    status: "atlas:status",
    statusYear: { "@id": "atlas:statusYear", "@type": "xsd:gYear" },
    scale: "atlas:scale",
    locationPrecision: "atlas:locationPrecision",
    outcomes: "atlas:outcomes",
    lessons: "atlas:lessons",
    relationship: "atlas:relationship",
    relationshipType: { "@id": "atlas:relationshipType", "@type": "@id" },
    from: { "@id": "atlas:from", "@type": "@id" },
    to: { "@id": "atlas:to", "@type": "@id" },
    basis: "atlas:basis",
    directed: { "@id": "atlas:directed", "@type": "xsd:boolean" },
    relatedCase: { "@id": "atlas:case", "@type": "@id" },
    year: { "@id": "atlas:year", "@type": "xsd:gYear" },
    unitOfAccount: "atlas:unitOfAccount",
    convertibility: "atlas:convertibility",
    backing: "atlas:backing",
    demurrage: "atlas:demurrage",
    issuance: "atlas:issuance",
    currencyLegalForm: "atlas:legalForm",
    startDate: { "@id": "schema:startDate", "@type": "xsd:gYear" },
    endDate: { "@id": "schema:endDate", "@type": "xsd:gYear" },
    foundingDate: { "@id": "schema:foundingDate", "@type": "xsd:gYear" },
    dissolutionDate: { "@id": "schema:dissolutionDate", "@type": "xsd:gYear" },
    prefLabel: { "@id": "skos:prefLabel", "@container": "@language" },
    definition: { "@id": "skos:definition", "@container": "@language" },
    notation: "skos:notation",
    inScheme: { "@id": "skos:inScheme", "@type": "@id" },
    topConceptOf: { "@id": "skos:topConceptOf", "@type": "@id" },
    hasTopConcept: { "@id": "skos:hasTopConcept", "@type": "@id" },
    closeMatch: { "@id": "skos:closeMatch", "@type": "@id" },
    title: "dcterms:title",
  };
}

/** Media type of JSON-LD documents. */
export const jsonLdType = "application/ld+json";
