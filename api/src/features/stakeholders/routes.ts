import { createRoute } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { requestLocale } from "../../http/language.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
import { loadAllTranslations, loadRecordTexts } from "../translations/texts.ts";
import { localiseStakeholders } from "./localise.ts";
import { getStakeholder, listStakeholders } from "./queries.ts";
import { stakeholderDetail, stakeholderDetailQuery, stakeholderList, stakeholderListQuery } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/stakeholders",
  tags: ["stakeholders"],
  summary: "Stakeholders (actors) with the number of cases they take part in",
  request: { query: stakeholderListQuery },
  responses: {
    200: ok(stakeholderList, "A page of stakeholders"),
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/stakeholders/{id}",
  tags: ["stakeholders"],
  summary: "One stakeholder with every case and currency it takes part in",
  request: { params: idParams, query: stakeholderDetailQuery },
  responses: {
    200: ok(stakeholderDetail, "The stakeholder"),
    ...failures(404),
  },
});

export const stakeholdersRoutes = featureApp()
  .openapi(list, async (c) => {
    const found = await listStakeholders(c.env.db, c.req.valid("query"));
    return c.json({ ...found, items: await localiseStakeholders(c.env.db, found.items, requestLocale(c)) }, 200);
  })
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const db = c.env.db;
    const found = await getStakeholder(db, id);
    if (!found) throw notFound("stakeholder", id);
    const locale = requestLocale(c);
    const [[localised], caseTexts] = await Promise.all([
      localiseStakeholders(db, [found], locale),
      loadRecordTexts(
        db,
        "case",
        found.cases.map((x) => x.id),
        locale,
      ),
    ]);
    if (!localised) throw notFound("stakeholder", id);
    const body = {
      ...localised,
      cases: localised.cases.map((x) => ({ ...x, title: caseTexts.get(x.id)?.texts.get(x.title) ?? x.title })),
    };
    if (c.req.valid("query").include !== "translations") return c.json(body, 200);
    return c.json({ ...body, translations: await loadAllTranslations(db, "stakeholder", id) }, 200);
  });
