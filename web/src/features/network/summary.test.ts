import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../i18n/catalogues.ts";
import { translate, translatePlural } from "../../i18n/translate.ts";
import type { Network } from "./queries.ts";
import { toSummarySentences } from "./summary.ts";

beforeAll(async () => {
  await loadCatalogue("en");
});

const words = {
  t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate("en", key, vars),
  tp: (key: Parameters<typeof translatePlural>[1], count: number, vars?: Record<string, string | number>) =>
    translatePlural("en", key, count, vars),
  formatNumber: (n: number) => new Intl.NumberFormat("en").format(n),
  list: (items: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items),
};

const node = (id: string, label: string, sector: "public" | "social" | "other") =>
  ({ id, label, kind: "stakeholder", sector }) as Network["nodes"][number];

const example = {
  view: "stakeholders",
  nodes: [
    node("city", "The municipality", "public"),
    node("sse1", "Coop A", "social"),
    node("sse2", "Coop B", "social"),
    node("residents", "Residents' association", "social"),
    node("uni", "University", "other"),
    node("bank", "Bank", "other"),
  ],
  edges: [],
  metrics: {
    nodes: 6,
    edges: 6,
    ties: 6,
    density: 0.4,
    components: 1,
    largestComponent: 6,
    betweenness: { method: "exact" },
  },
  summary: {
    hub: { id: "city", degree: 4, others: 5 },
    broker: { id: "city", betweenness: 0.7 },
    publicSocialBrokers: ["sse1", "sse2"],
    recurring: { id: "city", cases: 3, countries: 2 },
  },
} as unknown as Network;

describe("toSummarySentences", () => {
  it("words the example of the issue", () => {
    expect(toSummarySentences(example, words)).toEqual([
      "6 actors and 6 ties, in one connected group; density 0.4.",
      "The municipality is tied to 4 of the other 5 actors.",
      "2 actors broker between public administration and the social and community side: Coop A and Coop B.",
      "The municipality takes part in 3 of the cases shown, in 2 countries.",
    ]);
  });

  it("says when betweenness is estimated, from how many actors and within what error", () => {
    const large = {
      ...example,
      metrics: { ...example.metrics, nodes: 5000, betweenness: { method: "sampled", sources: 600, error: 0.003124 } },
    } as Network;
    expect(toSummarySentences(large, words)).toContain(
      "Betweenness is estimated from 600 of the 5,000 actors: each value is within ±0.004 of the exact one, with 95% confidence.",
    );
    expect(toSummarySentences(example, words).join(" ")).not.toContain("estimated");
  });

  it("names at most three brokers and counts the rest", () => {
    const many = {
      ...example,
      summary: {
        ...example.summary,
        hub: null,
        recurring: null,
        publicSocialBrokers: ["sse1", "sse2", "residents", "uni", "bank"],
      },
    } as Network;
    expect(toSummarySentences(many, words)).toContain(
      "5 actors broker between public administration and the social and community side: Coop A, Coop B, Residents' association, and 2 others.",
    );
    expect(toSummarySentences(many, words)).toContain(
      "The municipality lies on the most shortest paths between the others (betweenness 0.7).",
    );
  });

  it("says so when a public and a social actor are not tied yet nobody stands between them", () => {
    const none = {
      ...example,
      edges: [{ source: "city", target: "sse1" }],
      summary: { hub: null, broker: null, publicSocialBrokers: [], recurring: null },
    } as unknown as Network;
    expect(toSummarySentences(none, words).at(-1)).toMatch(/^No single actor stands between/);
    const allTied = { ...none, nodes: example.nodes.slice(0, 2) } as Network;
    expect(toSummarySentences(allTied, words)).toHaveLength(1);
  });
});
