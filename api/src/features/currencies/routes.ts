import { createRoute } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
import { getCurrency, listCurrencies } from "./queries.ts";
import { currencyDetail, currencyList, currencyListQuery } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/currencies",
  tags: ["currencies"],
  summary: "Complementary and local currency initiatives",
  request: { query: currencyListQuery },
  responses: {
    200: ok(currencyList, "Currency initiatives"),
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/currencies/{id}",
  tags: ["currencies"],
  summary: "One currency initiative with its figures, linked cases and stakeholders, and sources",
  request: { params: idParams },
  responses: {
    200: ok(currencyDetail, "The currency"),
    ...failures(404),
  },
});

export const currenciesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCurrencies(c.env.db, c.req.valid("query")), 200))
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCurrency(c.env.db, id);
    if (!found) throw notFound("currency", id);
    return c.json(found, 200);
  });
