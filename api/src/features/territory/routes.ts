import { createRoute } from "@hono/zod-openapi";
import { featureApp } from "../../http/feature-app.ts";
import { requestLocale } from "../../http/language.ts";
import { failures, ok } from "../../http/openapi.ts";
import { localiseCaseSummaries } from "../cases/localise.ts";
import { rankCandidates } from "./match.ts";
import { loadCandidates } from "./queries.ts";
import { territoryMatches, territoryQuery, territoryRegions } from "./schema.ts";
import { regionNames, regions } from "./weights.ts";

const route = createRoute({
  method: "get",
  path: "/territory",
  tags: ["territory"],
  summary: "Cases like my territory: cases ranked by a weighted match to a profile, each with why and what differs",
  request: { query: territoryQuery },
  responses: {
    200: ok(territoryMatches, "Ranked, explained matches"),
    ...failures(400),
  },
});

const regionsRoute = createRoute({
  method: "get",
  path: "/territory/regions",
  tags: ["territory"],
  summary: "The regions whose countries count as a kindred legal context, with their countries",
  responses: {
    200: ok(territoryRegions, "Regions and countries"),
  },
});

export const territoryRoutes = featureApp()
  .openapi(regionsRoute, (c) =>
    c.json({ regions: regionNames.map((key) => ({ key, countries: [...regions[key]] })) }, 200),
  )
  .openapi(route, async (c) => {
    const query = c.req.valid("query");
    const candidates = await loadCandidates(c.env.db);
    const ranked = rankCandidates(
      query,
      candidates.map((x) => x.candidate),
      query.limit,
    );
    // Only the ranked few are put into the reader's language.
    const rankedIds = new Set(ranked.map((m) => m.id));
    const summaries = candidates.filter((x) => rankedIds.has(x.summary.id)).map((x) => x.summary);
    const localised = await localiseCaseSummaries(c.env.db, summaries, requestLocale(c));
    const byId = new Map(localised.map((s) => [s.id, s]));
    return c.json(
      {
        profile: { country: query.country ?? null, region: query.region ?? null, population: query.population ?? null },
        notes: query.population !== undefined ? ["sizeNotCompared" as const] : [],
        items: ranked.flatMap((m) => {
          const summary = byId.get(m.id);
          return summary ? [{ case: summary, score: m.score, criteria: m.criteria }] : [];
        }),
      },
      200,
    );
  });
