import { createRoute } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { requestLocale } from "../../http/language.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
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
    200: ok(currencyList, "Currency initiatives"),
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/currencies/{id}",
  tags: ["currencies"],
  summary: "One currency initiative with its figures, linked cases and stakeholders, and sources",
  request: { params: idParams, query: currencyDetailQuery },
  responses: {
    200: ok(currencyDetail, "The currency"),
    ...failures(404),
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
