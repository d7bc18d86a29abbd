import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import type { Locale } from "../../i18n/locales.ts";

/** The whole journey in one language: small, and the same for every reader of that language. */
export const journeyOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ["journey", "all", locale],
    queryFn: () => unwrap(api.journey.$get({ query: { locale } })),
  });

/** One step with its neighbours, for a step's page and its worksheet. */
export const journeyStepOptions = (step: string, locale: Locale) =>
  queryOptions({
    queryKey: ["journey", "step", step, locale],
    queryFn: () => unwrap(api.journey[":step"].$get({ param: { step }, query: { locale } })),
  });

export type Journey = Awaited<ReturnType<NonNullable<ReturnType<typeof journeyOptions>["queryFn"]>>>;
export type JourneyStepDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof journeyStepOptions>["queryFn"]>>>;
export type JourneyStep = Journey["steps"][number];
export type JourneyView = JourneyStep["views"][number];
export type JourneyConcept = JourneyStep["concepts"][number];
