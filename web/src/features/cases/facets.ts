import type { Scheme } from "../vocabularies/queries.ts";
import type { ListFilter } from "./url-state.ts";

/** Which facet of the API answers each URL filter, and which vocabulary labels its values. */
export const filterFacets: Record<
  ListFilter,
  {
    facet: "country" | (Scheme & ("policyDomain" | "phase" | "collaborationType" | "need" | "stakeholderType"));
    scheme?: Scheme;
  }
> = {
  country: { facet: "country" },
  domain: { facet: "policyDomain", scheme: "policyDomain" },
  phase: { facet: "phase", scheme: "phase" },
  collaboration: { facet: "collaborationType", scheme: "collaborationType" },
  need: { facet: "need", scheme: "need" },
  stakeholderType: { facet: "stakeholderType", scheme: "stakeholderType" },
};
