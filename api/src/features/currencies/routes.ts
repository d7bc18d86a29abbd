import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { errorResponses, featureApp } from "../../http/feature-app.ts";
import { requestLocale } from "../../http/language.ts";
import { loadAllTranslations } from "../translations/texts.ts";
import { localiseCurrencyDetail, localiseCurrencySummaries } from "./localise.ts";
import { getCurrency, listCurrencies } from "./queries.ts";
import { currencyDetail, currencyDetailQuery, currencyList, currencyListQuery } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/currencies",
  tags: ["currencies"],
  summary: "Complementary and local currency initiatives",
  request: { query: currencyListQuery },
  responses: {
    200: { description: "Currency initiatives", content: { "application/json": { schema: currencyList } } },
    400: errorResponses[400],
  },
});

const detail = createRoute({
  method: "get",
  path: "/currencies/{id}",
  tags: ["currencies"],
  summary: "One currency initiative with its figures, linked cases and stakeholders, and sources",
  request: { params: z.object({ id: z.string().min(1).max(200) }), query: currencyDetailQuery },
  responses: {
    200: { description: "The currency", content: { "application/json": { schema: currencyDetail } } },
    404: errorResponses[404],
  },
});

export const currenciesRoutes = featureApp()
  .openapi(list, async (c) => {
    const found = await listCurrencies(c.env.db, c.req.valid("query"));
    return c.json({ ...found, items: await localiseCurrencySummaries(c.env.db, found.items, requestLocale(c)) }, 200);
  })
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCurrency(c.env.db, id);
    if (!found) throw notFound("currency", id);
    const body = await localiseCurrencyDetail(c.env.db, found, requestLocale(c));
    if (c.req.valid("query").include !== "translations") return c.json(body, 200);
    return c.json({ ...body, translations: await loadAllTranslations(c.env.db, "currency", id) }, 200);
  });
