import { describe, expect, it } from "vitest";
import { type RankedActor, toConnectors, toRecurring } from "./rankings.ts";

const actor = (
  id: string,
  cases: number,
  countries: number,
  brokerage: number | null,
  publicSocial: number | null,
): RankedActor => ({
  id,
  kind: "stakeholder",
  label: id,
  caseIds: Array.from({ length: cases }, (_, i) => `c${i}`),
  countries: Array.from({ length: countries }, (_, i) => `X${i}`),
  brokerage,
  publicSocialBrokerage: publicSocial,
});

const nodes = [
  actor("city", 5, 1, 12, 8),
  actor("federation", 3, 3, 20, 2),
  actor("funder", 3, 2, 9, 2),
  actor("coop", 1, 1, 0, 0),
  { ...actor("case:x", 9, 9, null, null), kind: "case" },
];

describe("toConnectors", () => {
  it("ranks by public-social pairs, then all cross-sector pairs, leaving out non-brokers and case nodes", () => {
    expect(toConnectors(nodes).map((n) => n.id)).toEqual(["city", "federation", "funder"]);
    expect(toConnectors(nodes, 1).map((n) => n.id)).toEqual(["city"]);
  });
});

describe("toRecurring", () => {
  it("ranks actors in two or more cases by cases, then countries", () => {
    expect(toRecurring(nodes).map((n) => n.id)).toEqual(["city", "federation", "funder"]);
  });
});
