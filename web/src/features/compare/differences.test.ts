import { describe, expect, it } from "vitest";
import { toDifferences } from "./differences.ts";
import type { CaseProfile, Comparison } from "./queries.ts";

function profile(id: string, actors: number, brokers: number, scale: string | null): CaseProfile {
  return {
    case: { id, title: id, scale },
    measures: { actors, brokers: Array.from({ length: brokers }, (_, i) => ({ id: `b${i}` })) },
  } as unknown as CaseProfile;
}

const comparison = (
  profiles: CaseProfile[],
  distinct: Comparison["distinct"],
  shared: Comparison["sharedStakeholders"] = [],
) => ({ profiles, distinct, shared: [], sharedStakeholders: shared }) as unknown as Comparison;

describe("toDifferences", () => {
  const three = [
    profile("can-batllo", 4, 1, "neighbourhood"),
    profile("la-borda", 6, 0, "neighbourhood"),
    profile("coopolis", 3, 2, "municipal"),
  ];

  it("says what one case alone has, collaboration types before needs", () => {
    const out = toDifferences(
      comparison(three, [
        { scheme: "need", key: "identity", caseIds: ["la-borda"] },
        { scheme: "collaborationType", key: "community-asset-transfer", caseIds: ["can-batllo"] },
      ]),
    );
    expect(out.slice(0, 2)).toEqual([
      { kind: "only", scheme: "collaborationType", key: "community-asset-transfer", caseId: "can-batllo" },
      { kind: "only", scheme: "need", key: "identity", caseId: "la-borda" },
    ]);
  });

  it("says which case lacks what all the others have, among three or more", () => {
    const out = toDifferences(
      comparison(three, [{ scheme: "phase", key: "co-design", caseIds: ["la-borda", "coopolis"] }]),
    );
    expect(out[0]).toEqual({ kind: "allBut", scheme: "phase", key: "co-design", caseId: "can-batllo" });
  });

  it("contrasts scales, network sizes and public-social brokers, and names recurring stakeholders", () => {
    const out = toDifferences(
      comparison(three, [], [{ id: "bcn", name: "Barcelona City Council", caseIds: ["can-batllo", "la-borda"] }]),
    );
    expect(out).toEqual([
      {
        kind: "scales",
        scales: [
          { caseId: "can-batllo", scale: "neighbourhood" },
          { caseId: "la-borda", scale: "neighbourhood" },
          { caseId: "coopolis", scale: "municipal" },
        ],
      },
      { kind: "size", largest: "la-borda", largestActors: 6, smallest: "coopolis", smallestActors: 3 },
      { kind: "noBroker", caseId: "la-borda" },
      { kind: "sharedStakeholder", name: "Barcelona City Council", caseIds: ["can-batllo", "la-borda"] },
    ]);
  });

  it("says nothing of sizes or brokers when the cases do not differ in them", () => {
    const same = [profile("a", 3, 0, null), profile("b", 3, 0, null)];
    expect(toDifferences(comparison(same, []))).toEqual([]);
  });
});
