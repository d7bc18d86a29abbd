/**
 * A change-maker's territory profile as it lives in the page's URL (`/territory?country=TN&domain=care`),
 * so a profile can be shared, reloaded and carried into a workshop. Lists are comma-separated, as the
 * API takes them.
 */
export interface TerritoryProfile {
  country: string;
  region: string;
  population: string;
  domain: string[];
  partners: string[];
  forms: string[];
  phase: string[];
}

export const listFields = ["domain", "partners", "forms", "phase"] as const;
export type ListField = (typeof listFields)[number];

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function parseProfile(params: URLSearchParams): TerritoryProfile {
  return {
    country: params.get("country") ?? "",
    region: params.get("region") ?? "",
    population: params.get("population") ?? "",
    domain: list(params.get("domain")),
    partners: list(params.get("partners")),
    forms: list(params.get("forms")),
    phase: list(params.get("phase")),
  };
}

/** The profile's given parts as query parameters (empty parts left out): the URL and the API request. */
export function toQuery(profile: TerritoryProfile): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["country", "region", "population"] as const) {
    const value = profile[key].trim();
    if (value) query[key] = value;
  }
  for (const key of listFields) if (profile[key].length) query[key] = profile[key].join(",");
  return query;
}

/** Whether anything has been described yet (an empty profile is not sent). */
export const isEmpty = (profile: TerritoryProfile) => Object.keys(toQuery(profile)).length === 0;
