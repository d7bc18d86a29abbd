import { createRoute } from "@hono/zod-openapi";
import { featureApp } from "../../http/feature-app.ts";
import { failures, ok } from "../../http/openapi.ts";
import { listVocabularies } from "./queries.ts";
import { vocabularies, vocabularyQuery } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/vocabularies",
  tags: ["vocabularies"],
  summary: "Every controlled term, with its label, definition and source in the requested language",
  request: { query: vocabularyQuery },
  responses: {
    200: ok(vocabularies, "Vocabularies by scheme"),
    ...failures(400),
  },
});

export const vocabulariesRoutes = featureApp().openapi(list, async (c) =>
  c.json(await listVocabularies(c.env.db, c.req.valid("query").locale), 200),
);
