/**
 * Cases, stakeholders and currency initiatives as JSON-LD nodes (schema.org, ESSGLOBAL where it fits,
 * our concepts as SKOS). A participation is a schema.org Role between the case and the stakeholder,
 * so the role is stated on the link itself; every node carries its sources as citations.
 */

import { caseSchemes } from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import type { CaseDetail as CaseDetailResponse } from "../cases/schema.ts";

type CaseDetail = Omit<CaseDetailResponse, "content" | "translations">;

import type { currencyDetail } from "../currencies/schema.ts";
import type { stakeholderDetail } from "../stakeholders/schema.ts";
import { essglobalClass, essglobalLegalForm } from "./essglobal.ts";
import type { Iris } from "./iris.ts";

type Source = CaseDetail["sources"][number];
// The English record as stored: linked data states its language, and the content envelope is the reader API's.
type StakeholderDetail = Omit<z.infer<typeof stakeholderDetail>, "nameGloss" | "content" | "translations">;
type CurrencyDetail = Omit<z.infer<typeof currencyDetail>, "content" | "translations">;
type JsonLd = Record<string, unknown>;

const year = (value: number | null) => (value === null ? undefined : String(value));

/** Drops undefined, null and empty arrays, so a field no source gives is absent, never empty. */
export function compactNode<T extends JsonLd>(node: T): { [K in keyof T]: Exclude<T[K], undefined | null> } {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  ) as { [K in keyof T]: Exclude<T[K], undefined | null> };
}

function toPlace(p: {
  city: string | null;
  region: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}) {
  return compactNode({
    "@type": "Place",
    address: compactNode({
      "@type": "PostalAddress",
      addressLocality: p.city,
      addressRegion: p.region,
      addressCountry: p.country,
    }),
    geo:
      p.latitude === null || p.longitude === null
        ? undefined
        : { "@type": "GeoCoordinates", latitude: p.latitude, longitude: p.longitude },
  });
}

export const toCitation = (s: Source) =>
  compactNode({
    "@id": s.url,
    "@type": "CreativeWork",
    name: s.title,
    publisher: s.publisher ?? undefined,
    datePublished: year(s.year),
  });

export function caseToJsonLd(c: CaseDetail, iris: Iris): JsonLd {
  const subjects = caseSchemes.flatMap((scheme) => c[scheme].map((key) => iris.concept(scheme, key)));
  return compactNode({
    "@id": iris.case(c.id),
    "@type": ["Project", "atlas:CoProductionCase"],
    identifier: c.id,
    name: c.title,
    description: c.summary,
    disambiguatingDescription: c.description ?? undefined,
    location: toPlace(c),
    locationPrecision: c.locationPrecision ?? undefined,
    startDate: year(c.startYear),
    endDate: year(c.endYear),
    status: c.status ?? undefined,
    statusYear: year(c.statusYear),
    scale: c.scale ?? undefined,
    outcomes: c.outcomes ?? undefined,
    lessons: c.lessons ?? undefined,
    subject: subjects,
    member: c.participants.map((p) =>
      compactNode({
        "@type": "OrganizationRole",
        member: { "@id": iris.stakeholder(p.stakeholderId) },
        roleName: iris.concept("role", p.role),
        description: p.note ?? undefined,
      }),
    ),
    relationship: c.relationships.map((r) =>
      compactNode({
        "@type": "atlas:Relationship",
        from: iris.stakeholder(r.fromId),
        to: iris.stakeholder(r.toId),
        relationshipType: iris.concept("relationshipType", r.type),
        directed: r.directed,
        startDate: year(r.startYear),
        endDate: year(r.endYear),
        basis: r.basis ?? undefined,
        citation: r.sourceIds.flatMap((id) => {
          const source = c.sources.find((s) => s.id === id);
          return source ? [{ "@id": source.url }] : [];
        }),
      }),
    ),
    citation: c.sources.map(toCitation),
    isPartOf: { "@id": iris.dataset },
  });
}

function stakeholderTypes(s: { type: string; sseForm: string | null }): string[] {
  if (s.type.startsWith("public-")) return ["Organization", "GovernmentOrganization"];
  if (s.type === "sse-organisation" || s.type === "community-group") {
    return ["Organization", s.sseForm === "network" ? essglobalClass.network : essglobalClass.initiative];
  }
  return ["Organization"];
}

export function stakeholderToJsonLd(s: StakeholderDetail, iris: Iris): JsonLd {
  return compactNode({
    "@id": iris.stakeholder(s.id),
    "@type": stakeholderTypes(s),
    identifier: s.id,
    name: s.name,
    description: s.description ?? undefined,
    url: s.website ?? undefined,
    location: toPlace({ ...s, region: null }),
    category: iris.concept("stakeholderType", s.type),
    sseForm: s.sseForm ? iris.concept("sseForm", s.sseForm) : undefined,
    legalForm: s.sseForm ? essglobalLegalForm[s.sseForm] : undefined,
    memberOf: s.cases.flatMap((c) =>
      c.roles.map((role) => ({
        "@type": "OrganizationRole",
        memberOf: { "@id": iris.case(c.id) },
        roleName: iris.concept("role", role),
      })),
    ),
    citation: s.sources.map(toCitation),
    isPartOf: { "@id": iris.dataset },
  });
}

export function currencyToJsonLd(c: CurrencyDetail, iris: Iris): JsonLd {
  return compactNode({
    "@id": iris.currency(c.id),
    "@type": ["Project", "atlas:CurrencyInitiative"],
    identifier: c.id,
    name: c.name,
    description: c.summary ?? undefined,
    location: toPlace(c),
    foundingDate: year(c.launchYear),
    dissolutionDate: year(c.endYear),
    status: c.status ?? undefined,
    statusYear: year(c.statusYear),
    subject: [
      ...(c.model ? [iris.concept("currencyModel", c.model)] : []),
      ...(c.governance ? [iris.concept("currencyGovernance", c.governance)] : []),
    ],
    unitOfAccount: c.unitOfAccount ?? undefined,
    convertibility: c.convertibility ?? undefined,
    backing: c.backing ?? undefined,
    demurrage: c.demurrage ?? undefined,
    issuance: c.issuance ?? undefined,
    currencyLegalForm: c.legalForm ?? undefined,
    additionalProperty: c.figures.map((f) =>
      compactNode({
        "@type": "PropertyValue",
        name: f.metric,
        value: f.value,
        unitText: f.unit ?? undefined,
        year: String(f.year),
        description: f.note ?? undefined,
        citation: c.sources.filter((s) => s.id === f.sourceId).map((s) => ({ "@id": s.url })),
      }),
    ),
    member: c.stakeholders.map((s) => ({
      "@type": "OrganizationRole",
      member: { "@id": iris.stakeholder(s.id) },
      roleName: iris.concept("role", s.role),
    })),
    relatedCase: c.cases.map((x) => iris.case(x.id)),
    citation: c.sources.map(toCitation),
    isPartOf: { "@id": iris.dataset },
  });
}
