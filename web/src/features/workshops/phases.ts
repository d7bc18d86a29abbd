import type { Phase } from "./queries.ts";

/** The co-production phases a step can belong to, in process order (labels come from the vocabulary). */
export const phases = [
  "co-commissioning",
  "co-design",
  "co-delivery",
  "co-assessment",
] as const satisfies readonly Phase[];
