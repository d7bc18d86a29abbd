/**
 * Where the journey's links lead: a view to the explore, network or currencies page with its filters,
 * a term to the cases coded with it, a step to its worksheet and to a workshop prefilled for it.
 * The URL parameters are those the pages read (cases/url-state.ts, currencies/url-state.ts).
 */
import { type CaseFacet, caseFacets } from "@atlas/api/contract";
import type { Locale } from "../../i18n/locales.ts";

/** The case filters (explore and network pages) are URL parameters named as their vocabulary scheme. */
const isCaseFilter = (name: string): name is CaseFacet => (caseFacets as readonly string[]).includes(name);
/** URL parameters of the currencies page's filters, by vocabulary scheme. */
const currencyParams: Record<string, string> = {
  country: "country",
  currencyModel: "model",
  currencyGovernance: "governance",
};

const paths = { explore: "/", network: "/network", currencies: "/currencies" } as const;

interface ViewLink {
  page: string;
  filters: { name: string; values: { key: string }[] }[];
  graph: "bipartite" | null;
}

export function toViewHref(view: ViewLink): string {
  const currencies = view.page === "currencies";
  const params = new URLSearchParams();
  for (const filter of view.filters) {
    const name = currencies ? currencyParams[filter.name] : isCaseFilter(filter.name) ? filter.name : undefined;
    if (name) params.set(name, filter.values.map((v) => v.key).join(","));
  }
  if (view.graph === "bipartite") params.set("graph", "bipartite");
  const path = paths[view.page as keyof typeof paths] ?? "/";
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The records coded with a term, where a page can filter by its scheme; undefined where none can. */
export function toTermRecordsHref(scheme: string, key: string): string | undefined {
  if (isCaseFilter(scheme)) return `/?${new URLSearchParams({ [scheme]: key })}`;
  if (currencyParams[scheme]) return `/currencies?${new URLSearchParams({ [currencyParams[scheme]]: key })}`;
  return undefined;
}

/** The worksheet's permalink: the language is part of it, so a shared link prints the same sheet. */
export function toWorksheetHref(step: string, locale: Locale): string {
  return `/journey/${encodeURIComponent(step)}/worksheet?lang=${locale}`;
}

/** The workshops page with the creation form prefilled for the step (see workshops/WorkshopsPage). */
export function toWorkshopHref(prefill: { title: string; challenge: string; language: Locale }): string {
  return `/workshops?${new URLSearchParams(prefill)}#create-heading`;
}
