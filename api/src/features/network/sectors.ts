/**
 * Sectors for brokerage: which side of co-production a stakeholder type stands on. Public
 * administrations at any level on one side, the social and community side (SSE organisations,
 * community groups, citizens) on the other, everyone else (companies, research, funders) apart.
 */
import type { Sector } from "./schema.ts";

const sectorOfType: Record<string, Sector> = {
  "public-local": "public",
  "public-regional": "public",
  "public-national": "public",
  "sse-organisation": "social",
  "community-group": "social",
  citizens: "social",
  "private-company": "other",
  research: "other",
  funder: "other",
};

/** The sector of a stakeholder type; a type not listed here counts as "other". */
export function toSector(type: string): Sector {
  return sectorOfType[type] ?? "other";
}
