import { describe, expect, it } from "vitest";
import { type Candidate, type Profile, rankCandidates, toCriteria, toScore } from "./match.ts";
import { weights } from "./weights.ts";

const candidate = (id: string, c: Partial<Candidate>): Candidate => ({
  id,
  country: "ES",
  scale: "municipal",
  policyDomain: [],
  phase: [],
  partnerTypes: [],
  forms: [],
  ...c,
});

/** Four cases around a Tunisian town's profile, each better on one criterion. */
const candidates = [
  candidate("care-time-bank-greece", {
    country: "GR",
    policyDomain: ["care", "community-building"],
    phase: ["co-delivery"],
    partnerTypes: ["public-local", "sse-organisation"],
    forms: ["association"],
  }),
  candidate("tunis-sse-cluster", {
    country: "TN",
    policyDomain: ["sse-promotion"],
    phase: ["co-commissioning", "co-delivery"],
    partnerTypes: ["public-local", "public-regional", "sse-organisation"],
  }),
  candidate("italian-coop-law", {
    country: "IT",
    scale: "national",
    policyDomain: ["care", "employment"],
    phase: ["co-commissioning", "co-delivery"],
    partnerTypes: ["public-national", "public-local", "sse-organisation"],
    forms: ["cooperative"],
  }),
  candidate("moroccan-energy", {
    country: "MA",
    scale: "regional",
    policyDomain: ["energy"],
    partnerTypes: ["private-company"],
  }),
  candidate("far-away", { country: "FR", policyDomain: ["housing"], partnerTypes: ["research"] }),
];

const town: Profile = {
  country: "TN",
  population: 20_000,
  domain: ["care"],
  partners: ["sse-organisation", "public-local"],
  forms: ["cooperative"],
};

describe("rankCandidates on a Tunisian town of 20,000, care, with a women's cooperative and the municipality", () => {
  const ranked = rankCandidates(town, candidates, 10);

  it("puts same-domain cases with the same partners first, the municipal one before a national law, then same-country ones, and leaves out what matches nothing", () => {
    // Greece: (3·1 + 2·4/6 + 2·0 + 1·1) / 8 = 0.667; Italy: (3·1 + 2·6/7 + 2·0 + 1·0.25) / 8 = 0.621.
    expect(ranked.map((m) => m.id)).toEqual([
      "care-time-bank-greece",
      "italian-coop-law",
      "tunis-sse-cluster",
      "moroccan-energy",
    ]);
  });

  it("explains each match criterion by criterion", () => {
    const greece = ranked.find((m) => m.id === "care-time-bank-greece");
    expect(greece?.criteria.map((c) => [c.criterion, c.status])).toEqual([
      ["domain", "same"],
      ["partners", "partial"],
      ["context", "different"],
      ["scale", "same"],
    ]);
    expect(greece?.criteria.find((c) => c.criterion === "partners")).toMatchObject({
      shared: ["sse-organisation", "public-local"],
      missing: ["form:cooperative"],
    });
    const tunis = ranked.find((m) => m.id === "tunis-sse-cluster");
    expect(tunis?.criteria.find((c) => c.criterion === "domain")).toMatchObject({
      status: "different",
      missing: ["care"],
    });
    expect(tunis?.criteria.find((c) => c.criterion === "partners")?.extra).toEqual(["public-regional"]);
    expect(tunis?.criteria.find((c) => c.criterion === "context")).toMatchObject({ status: "same", shared: ["TN"] });
  });

  it("counts a neighbouring country of the same region as half the legal context", () => {
    const morocco = toCriteria(town, candidates[3] as Candidate).find((c) => c.criterion === "context");
    expect(morocco).toMatchObject({ score: 0.5, status: "partial", shared: ["maghreb"] });
  });
});

describe("toScore", () => {
  it("is the weighted share of the criteria the profile gives", () => {
    const criteria = toCriteria(
      { domain: ["care", "housing"], phase: ["co-design"] },
      candidate("x", { policyDomain: ["care"], phase: ["co-design"] }),
    );
    expect(toScore(criteria)).toBeCloseTo(
      (weights.domain * 0.5 + weights.phase * 1) / (weights.domain + weights.phase),
    );
  });

  it("scores a profile's region in full for any of its countries when no country is given", () => {
    const [context] = toCriteria({ region: "mashreq" }, candidate("amman", { country: "JO" }));
    expect(context).toMatchObject({ criterion: "context", score: 1, status: "same" });
  });

  it("compares scale only when the size of a municipality is given, and says when a case's scale is unknown", () => {
    expect(toCriteria({ domain: ["care"] }, candidate("x", {})).map((c) => c.criterion)).toEqual(["domain"]);
    const [scale] = toCriteria({ population: 5000 }, candidate("x", { scale: null }));
    expect(scale).toMatchObject({ criterion: "scale", status: "unknown", score: 0.5 });
  });
});
