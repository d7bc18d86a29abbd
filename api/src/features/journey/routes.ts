import { createRoute } from "@hono/zod-openapi";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { failures, ok } from "../../http/openapi.ts";
import { readJourneyFile, readLookups } from "./queries.ts";
import { journey, journeyQuery, journeyStepDetail, stepParams } from "./schema.ts";
import { toJourneyBody, toProvenance, toStepBody } from "./to-body.ts";

const whole = createRoute({
  method: "get",
  path: "/journey",
  tags: ["journey"],
  summary: "The programme's journey: its steps with their texts, concepts, example cases and views",
  request: { query: journeyQuery },
  responses: {
    200: ok(journey, "The journey in the requested language"),
    ...failures(400, 404),
  },
});

const oneStep = createRoute({
  method: "get",
  path: "/journey/{step}",
  tags: ["journey"],
  summary: "One step of the journey, with its neighbours (for a step's page and its worksheet)",
  request: { params: stepParams, query: journeyQuery },
  responses: {
    200: ok(journeyStepDetail, "The step"),
    ...failures(400, 404),
  },
});

const noJourney = () => new ApiError(404, "not_found", "The atlas holds no journey (data/journey.json is absent)");

export const journeyRoutes = featureApp()
  .openapi(whole, async (c) => {
    const { locale } = c.req.valid("query");
    const file = await readJourneyFile(c.env.db);
    if (!file) throw noJourney();
    return c.json(toJourneyBody(file, locale, await readLookups(c.env.db, file, locale)), 200);
  })
  .openapi(oneStep, async (c) => {
    const { locale } = c.req.valid("query");
    const { step: id } = c.req.valid("param");
    const file = await readJourneyFile(c.env.db);
    if (!file) throw noJourney();
    const index = file.steps.findIndex((s) => s.id === id);
    const step = file.steps[index];
    if (!step) throw notFound("journey step", id);
    const lookups = await readLookups(c.env.db, { ...file, steps: [step] }, locale);
    const neighbour = (i: number) => {
      const s = file.steps[i];
      return s ? { id: s.id, title: s.title[locale] } : null;
    };
    return c.json(
      {
        ...toProvenance(file, locale, lookups),
        step: toStepBody(step, locale, lookups),
        previous: neighbour(index - 1),
        next: neighbour(index + 1),
      },
      200,
    );
  });
