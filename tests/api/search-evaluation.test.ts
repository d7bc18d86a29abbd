/**
 * The search evaluation set: queries in the six languages (topics, places, typology terms,
 * organisation names and typos) over the real data, each with the cases it must return in its top 5
 * (`ids`) or the term every one of its top 5 must be coded with (`coded`). A typo counts as found when
 * the reader, offered "Did you mean …?", follows the suggestion. Prints precision@5 per language and
 * fails below 0.8 in any language.
 */
import { createApp } from "@atlas/api/app";
import type { Database } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { beforeAll, describe, expect, it } from "vitest";
import { seededDatabaseUrl } from "../e2e/seeded-copy.ts";
import evaluation from "./search-evaluation.json" with { type: "json" };

type Coding = { scheme: "phase" | "policyDomain" | "collaborationType" | "need"; key: string };
type Query = { lang: string; q: string; ids?: string[]; coded?: Coding };
type Item = { id: string } & Record<Coding["scheme"], string[]>;
type List = { items: Item[]; total: number; suggestion?: string };

let db: Database;
const app = createApp();

beforeAll(async () => {
  // The seed of data/ written once per run: prepareDatabase finds it current and only migrates.
  ({ db } = await prepareDatabase({ url: await seededDatabaseUrl() }));
}, 600_000);

async function search(q: string, lang: string): Promise<List> {
  const res = await app.request(
    `/api/cases?q=${encodeURIComponent(q)}&pageSize=5`,
    { headers: { "accept-language": lang } },
    { db },
  );
  return (await res.json()) as List;
}

/** The share of the top 5 that is right: expected ids found (of at most 5), or results with the coding. */
function precisionAt5(query: Query, top: Item[]): number {
  if (query.coded) {
    const { scheme, key } = query.coded;
    return top.length === 0 ? 0 : top.filter((item) => item[scheme].includes(key)).length / top.length;
  }
  const expected = query.ids ?? [];
  const found = top.filter((item) => expected.includes(item.id)).length;
  return found / Math.min(5, expected.length);
}

describe("search evaluation set", () => {
  it("has at least 10 queries per language and reaches precision@5 of 0.8 in each", async () => {
    const queries = evaluation as Query[];
    const byLang = new Map<string, number[]>();
    const misses: string[] = [];
    for (const query of queries) {
      let list = await search(query.q, query.lang);
      if (list.suggestion) list = await search(list.suggestion, query.lang);
      const p = precisionAt5(query, list.items);
      byLang.set(query.lang, [...(byLang.get(query.lang) ?? []), p]);
      if (p < 1)
        misses.push(`  ${query.lang} "${query.q}": ${p.toFixed(2)} (got ${list.items.map((i) => i.id).join(", ")})`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const lines = [...byLang].map(
      ([lang, ps]) => `  ${lang}: precision@5 ${mean(ps).toFixed(2)} over ${ps.length} queries`,
    );
    console.log(`search evaluation\n${lines.join("\n")}\nbelow 1:\n${misses.join("\n")}`);
    for (const [lang, ps] of byLang) {
      expect(ps.length, lang).toBeGreaterThanOrEqual(10);
      expect(mean(ps), lang).toBeGreaterThanOrEqual(0.8);
    }
    expect([...byLang.keys()].sort()).toEqual(["ar", "el", "en", "es", "fr", "it"]);
  }, 600_000);
});
