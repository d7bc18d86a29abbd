/**
 * The runtime constants the API and the web app share: the only module of the api package the web
 * may import for its values (everything else, types only). It imports nothing heavier than the
 * db package's plain lists, so it costs the web bundle only what it holds.
 */
export * from "@atlas/db/vocabulary";
export { networkFileName, toSlug } from "./file-names.ts";

/** How a list of cases can be ordered; `-` first means descending. */
export const caseSorts = ["relevance", "title", "-title", "startYear", "-startYear", "country"] as const;
export type CaseSort = (typeof caseSorts)[number];

/**
 * The case filters that have facet counts, named as the vocabulary scheme of their values (and
 * `country`), so a query parameter, a facet and a vocabulary share one key.
 */
export const caseFacets = ["country", "policyDomain", "phase", "collaborationType", "need", "stakeholderType"] as const;
export type CaseFacet = (typeof caseFacets)[number];

/** How a list of currency initiatives can be ordered. */
export const currencySorts = ["name", "-name", "launchYear", "-launchYear", "country"] as const;
export type CurrencySort = (typeof currencySorts)[number];

/** The kinds of item of a workshop's agenda, after the programme's mornings (medtown-programme.txt). */
export const agendaKinds = [
  "check-in",
  "webinar",
  "group-dynamic",
  "feedback",
  "break",
  "check-out",
  "custom",
] as const;
export type AgendaKind = (typeof agendaKinds)[number];

/**
 * What an agenda item opens: `voting` (dots can be placed only while an item bound to voting is
 * current, when the agenda has one) and `closing` (the recommendation steps lock when it begins).
 */
export const agendaActivities = ["voting", "closing"] as const;
export type AgendaActivity = (typeof agendaActivities)[number];
