/**
 * Murmurations profiles, so the atlas can be a node of that network: stakeholders against
 * organizations_schema-v1.0.0, currency initiatives against complementary_currencies-v2.0.0 (decision
 * 003 lays out how the currency fields map). A schema field gets a value only where ours means the
 * same; where the mapping would be a guess (a time bank's active users are not its members), the
 * field is left out.
 */
import type { z } from "@hono/zod-openapi";
import type { currencyDetail } from "../currencies/schema.ts";
import type { stakeholderDetail } from "../stakeholders/schema.ts";
import type { Iris } from "./iris.ts";
import { compactNode } from "./records.ts";

// The English record as stored: linked data states its language, and the content envelope is the reader API's.
type StakeholderDetail = Omit<z.infer<typeof stakeholderDetail>, "nameGloss" | "content" | "translations">;
type CurrencyDetail = Omit<z.infer<typeof currencyDetail>, "content" | "translations">;

export const organizationsSchema = "organizations_schema-v1.0.0";
export const currenciesSchema = "complementary_currencies-v2.0.0";

/** Our currency models that are one of the schema's monetary models by definition. */
const monetaryModel: Record<string, string> = {
  "mutual-credit": "mutual",
  lets: "mutual",
  "time-bank": "points",
  "discount-voucher": "selfIssued",
};

const movement: Record<string, string> = { "time-bank": "timebank", lets: "lets" };

const legalForm: Record<string, string> = { cooperative: "coop", association: "association" };

const inScope = (code: string | null) => (code && /^[A-Z]{2}$/.test(code) ? code : undefined);

export function toOrganizationProfile(
  s: StakeholderDetail,
  iris: Iris,
  label: (scheme: string, key: string) => string,
) {
  const page = iris.stakeholder(s.id);
  return compactNode({
    linked_schemas: [organizationsSchema],
    name: s.name.slice(0, 200),
    primary_url: s.website ?? page,
    tags: [label("stakeholderType", s.type), ...(s.sseForm ? [label("sseForm", s.sseForm)] : [])],
    urls: [{ name: "Co-production Atlas", url: page }],
    description: s.description ?? undefined,
    country_iso_3166: inScope(s.country),
    geolocation: s.latitude !== null && s.longitude !== null ? { lat: s.latitude, lon: s.longitude } : undefined,
    relationships: [...new Set(s.cases.map((c) => c.id))].map((id) => ({
      predicate_url: "https://schema.org/memberOf",
      object_url: iris.case(id),
    })),
    unique_id: s.id,
  });
}

export function toCurrencyProfile(c: CurrencyDetail, iris: Iris) {
  const model = c.model ?? "";
  return compactNode({
    linked_schemas: [currenciesSchema],
    name: c.name.slice(0, 200),
    // The atlas has no website for currencies; its page on the atlas is one linked to the initiative.
    primary_url: iris.currency(c.id),
    description: c.summary ?? undefined,
    locality: c.city ?? undefined,
    region: c.region ?? undefined,
    country_iso_3166: inScope(c.country),
    latitude: c.latitude ?? undefined,
    longitude: c.longitude ?? undefined,
    launch_year: c.launchYear !== null && c.launchYear >= 1900 ? c.launchYear : undefined,
    monetary_model: monetaryModel[model],
    movement: movement[model],
    unit_of_account_type: model === "time-bank" ? "time" : undefined,
    convert_to_legal_money: c.convertibility === "non-convertible" ? "none" : undefined,
    legal_form: c.governance ? legalForm[c.governance] : undefined,
  });
}
