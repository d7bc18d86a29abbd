/** The network API contract: which network (the case filters, a view, which ties) and what comes back. */

import { z } from "@hono/zod-openapi";
import { langParam } from "../../http/language.ts";
import { listParam } from "../../http/query.ts";
import { caseFilters } from "../cases/schema.ts";
import { networkContent } from "./localise.ts";

export const networkViews = ["stakeholders", "bipartite"] as const;
export type NetworkView = (typeof networkViews)[number];

export const sectors = ["public", "social", "other"] as const;
export type Sector = (typeof sectors)[number];

export const nodeKinds = ["stakeholder", "case"] as const;
export const edgeKinds = ["relationship", "co-participation", "participation"] as const;

const fromNotAfterTo = (q: { from?: number; to?: number }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;

const networkParams = {
  ...caseFilters,
  lang: langParam,
  case: listParam("case ids: only these cases (and only if they also match the other filters)"),
  view: z.enum(networkViews).default("stakeholders").openapi({
    description: "stakeholders: actors tied to each other; bipartite: cases and actors, tied by participation",
  }),
  coParticipation: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true")
    .openapi({
      type: "boolean",
      description:
        "stakeholder view: also tie every two actors taking part in the same case (undirected, weighted by the number of such cases), besides the relationships recorded in the cases",
    }),
};

export const networkQuery = z
  .object(networkParams)
  .refine(fromNotAfterTo, { path: ["from"], message: "must not be after to" });
export type NetworkQuery = z.infer<typeof networkQuery>;

export const networkCsvQuery = z
  .object({
    ...networkParams,
    part: z.enum(["nodes", "edges"]).default("nodes").openapi({ description: "which table: nodes or edges" }),
  })
  .refine(fromNotAfterTo, { path: ["from"], message: "must not be after to" });

export const networkNode = z
  .object({
    id: z.string().openapi({ description: "the stakeholder's id, or `case:` and the case's id" }),
    kind: z.enum(nodeKinds),
    label: z.string(),
    type: z.string().nullable().openapi({ description: "stakeholder type key; null for a case" }),
    sector: z.enum(sectors).nullable().openapi({
      description: "public: public administrations; social: SSE organisations, community groups, citizens; other",
    }),
    country: z.string().nullable(),
    caseIds: z.array(z.string()).openapi({ description: "the shown cases this stakeholder takes part in" }),
    countries: z.array(z.string()).openapi({ description: "the distinct countries of those cases" }),
    degree: z.number().int().openapi({ description: "number of distinct neighbours, ties taken as undirected" }),
    betweenness: z.number().openapi({
      description:
        "betweenness centrality on the undirected simple graph, normalised by (n-1)(n-2)/2 as networkx does by default",
    }),
    brokerage: z.number().int().nullable().openapi({
      description:
        "pairs of neighbours from different sectors that are not tied to each other; null in the bipartite view",
    }),
    publicSocialBrokerage: z.number().int().nullable().openapi({
      description: "of those pairs, the ones joining a public administration and a social or community actor",
    }),
    component: z.number().int().openapi({ description: "connected component, numbered from 1 by decreasing size" }),
  })
  .openapi("NetworkNode");

export const networkEdge = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    kind: z.enum(edgeKinds),
    type: z.string().nullable().openapi({
      description: "relationship type key, or the stakeholder's role for a participation; null for co-participation",
    }),
    directed: z.boolean(),
    caseIds: z.array(z.string()),
    weight: z.number().int().openapi({ description: "1, or the number of shared cases for co-participation" }),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    basis: z.string().nullable(),
  })
  .openapi("NetworkEdge");

export const networkMetrics = z
  .object({
    nodes: z.number().int(),
    edges: z.number().int().openapi({ description: "ties drawn, parallel ties counted apart" }),
    ties: z
      .number()
      .int()
      .openapi({ description: "distinct tied pairs, on which density and centrality are computed" }),
    density: z.number().openapi({
      description: "tied pairs over possible pairs; in the bipartite view over cases × stakeholders",
    }),
    components: z.number().int(),
    largestComponent: z.number().int(),
    betweenness: z
      .discriminatedUnion("method", [
        z.object({ method: z.literal("exact") }),
        z.object({
          method: z.literal("sampled"),
          sources: z.number().int().openapi({ description: "how many source nodes the estimate is drawn from" }),
          error: z.number().openapi({
            description:
              "the largest 95% confidence half-width over the nodes: each node's betweenness is within ± this of its exact value with 95% confidence",
          }),
        }),
      ])
      .openapi({
        description:
          "how betweenness was computed: exactly, or, for large networks, estimated from a seeded sample of source nodes (Brandes & Pich 2007)",
      }),
  })
  .openapi("NetworkMetrics");

export const networkSummary = z
  .object({
    hub: z
      .object({ id: z.string(), degree: z.number().int(), others: z.number().int() })
      .nullable()
      .openapi({ description: "the stakeholder with the most neighbours, when it has at least two" }),
    broker: z
      .object({ id: z.string(), betweenness: z.number() })
      .nullable()
      .openapi({ description: "the node with the highest betweenness, when above zero" }),
    publicSocialBrokers: z
      .array(z.string())
      .openapi({ description: "stakeholders bridging public administration and the social side, most pairs first" }),
    recurring: z
      .object({ id: z.string(), cases: z.number().int(), countries: z.number().int() })
      .nullable()
      .openapi({ description: "the stakeholder in the most shown cases, when in at least two" }),
  })
  .openapi("NetworkSummary");

export const network = z
  .object({
    view: z.enum(networkViews),
    coParticipation: z.boolean(),
    cases: z.array(z.object({ id: z.string(), title: z.string(), country: z.string() })),
    nodes: z.array(networkNode),
    edges: z.array(networkEdge),
    metrics: networkMetrics,
    summary: networkSummary,
    content: networkContent,
  })
  .openapi("Network");

export type Network = z.infer<typeof network>;
export type NetworkNode = z.infer<typeof networkNode>;
export type NetworkEdge = z.infer<typeof networkEdge>;
export type NetworkMetrics = z.infer<typeof networkMetrics>;
export type NetworkSummary = z.infer<typeof networkSummary>;
