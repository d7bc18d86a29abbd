/** Words for the journey's pieces, as plain functions of a translator so the worksheet can use its own language. */
import type { Locale } from "../../i18n/locales.ts";
import type { MessageKey, Vars } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import type { JourneyStep, JourneyView } from "./queries.ts";

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** "Step 2" for a numbered step; nothing for the training of trainers, whose title says what it is. */
export function toStepNumber(t: Translate, step: Pick<JourneyStep, "number">): string | undefined {
  return step.number === null ? undefined : t("journey.step.numbered", { number: step.number });
}

/** The title a workshop on the step gets: its number and title. */
export function toWorkshopTitle(t: Translate, step: Pick<JourneyStep, "number" | "title">): string {
  return [toStepNumber(t, step), step.title].filter(Boolean).join(" · ");
}

export function toList(locale: Locale, items: string[], type: "conjunction" | "disjunction"): string {
  return new Intl.ListFormat(locale, { style: "long", type }).format(items);
}

export function toLanguageName(locale: Locale, language: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** What a view shows, e.g. "Network of their actors", and its filters, e.g. "Co-design · Spain or Portugal". */
export function describeView(t: Translate, locale: Locale, view: JourneyView) {
  const kind = view.graph === "bipartite" ? "bipartite" : view.page;
  const filters = view.filters.map((f) =>
    toList(
      locale,
      f.values.map((v) => (f.name === "country" ? countryName(v.key, locale) : v.label)),
      "disjunction",
    ),
  );
  const count = t(view.page === "currencies" ? "journey.count.initiatives" : "journey.count.cases", {
    count: view.count,
  });
  return { title: t(`journey.view.${kind}` as MessageKey), filters: filters.join(" · "), count };
}
