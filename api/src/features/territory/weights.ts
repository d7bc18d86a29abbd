/**
 * How much each part of a profile counts when ranking cases for a territory, and the regions whose
 * countries share a legal and institutional context. Written down and argued in
 * docs/decisions/010-territory-matching.md; tested on fixed profiles in match.test.ts.
 */
export const weights = {
  /** What the change-maker works on: the closest thing to "the same problem". */
  domain: 3,
  /** Whether the case was carried by the kinds of partner they have at hand. */
  partners: 2,
  /** Same country (same law), else same region (kindred law and institutions). */
  context: 2,
  /** The phase they are in: useful, but any phase's case teaches about the others. */
  phase: 1.5,
  /** A municipality acts at municipal scale: how near the case's scale of action is to that. */
  scale: 1,
} as const;

export type Criterion = keyof typeof weights;

/** Mediterranean regions whose countries share a legal and institutional context. */
export const regions = {
  "eu-mediterranean": ["ES", "PT", "FR", "IT", "GR", "CY", "MT", "SI", "HR"],
  maghreb: ["MA", "DZ", "TN", "LY", "EH", "MR"],
  mashreq: ["EG", "JO", "PS", "LB", "SY", "IL", "IQ"],
  "balkans-turkey": ["AL", "BA", "ME", "MK", "RS", "XK", "TR"],
} as const;

export type Region = keyof typeof regions;
export const regionNames = Object.keys(regions) as Region[];

export function regionOf(country: string): Region | undefined {
  return regionNames.find((r) => (regions[r] as readonly string[]).includes(country));
}

/** How near a case's scale of action is to a municipality's: its own scale first, a national law last. */
export const scaleNearness: Record<string, number> = {
  municipal: 1,
  neighbourhood: 0.75,
  regional: 0.5,
  national: 0.25,
  "cross-border": 0.25,
};
