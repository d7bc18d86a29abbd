/** Small graphs for the tests of this feature, written as edge lists. */
import type { Graph, NetworkRows } from "./build.ts";
import type { Sector } from "./schema.ts";

const typeOf: Record<Sector, string> = { public: "public-local", social: "sse-organisation", other: "research" };

/** An undirected stakeholder graph from `a-b` pairs; each node's sector from the map (default social). */
export function graphOf(pairs: string[], sectors: Record<string, Sector> = {}): Graph {
  const ids = [...new Set(pairs.flatMap((p) => p.split("-")))].sort();
  return {
    nodes: ids.map((id) => {
      const sector = sectors[id] ?? "social";
      return {
        id,
        kind: "stakeholder",
        label: id.toUpperCase(),
        type: typeOf[sector],
        sector,
        country: null,
        caseIds: [],
        countries: [],
      };
    }),
    edges: pairs.map((pair, i) => {
      const [source = "", target = ""] = pair.split("-");
      return {
        id: `e${i}`,
        source,
        target,
        kind: "relationship",
        type: "partnership",
        directed: false,
        caseIds: [],
        weight: 1,
        startYear: null,
        endYear: null,
        basis: null,
      };
    }),
  };
}

/** Two cases sharing the city: a relationship in each, and a stakeholder of its own in each. */
export function rowsOf(): NetworkRows {
  return {
    cases: [
      { id: "care", title: "Care co-delivery", country: "ES" },
      { id: "housing", title: "Housing co-design", country: "PT" },
    ],
    participations: [
      { caseId: "care", stakeholderId: "city", role: "initiator", name: "City", type: "public-local", country: "ES" },
      {
        caseId: "care",
        stakeholderId: "coop",
        role: "provider",
        name: "Coop",
        type: "sse-organisation",
        country: "ES",
      },
      { caseId: "care", stakeholderId: "coop", role: "partner", name: "Coop", type: "sse-organisation", country: "ES" },
      { caseId: "housing", stakeholderId: "city", role: "funder", name: "City", type: "public-local", country: "ES" },
      {
        caseId: "housing",
        stakeholderId: "residents",
        role: "user",
        name: "Residents",
        type: "community-group",
        country: null,
      },
    ],
    relationships: [
      {
        id: "r1",
        caseId: "care",
        fromId: "city",
        toId: "coop",
        type: "funding",
        directed: true,
        startYear: 2015,
        endYear: null,
        basis: "A grant",
      },
      {
        id: "r2",
        caseId: "care",
        fromId: "city",
        toId: "coop",
        type: "agreement",
        directed: true,
        startYear: null,
        endYear: null,
        basis: null,
      },
      {
        id: "r3",
        caseId: "housing",
        fromId: "residents",
        toId: "city",
        type: "partnership",
        directed: false,
        startYear: null,
        endYear: null,
        basis: null,
      },
    ],
  };
}
