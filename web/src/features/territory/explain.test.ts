import { describe, expect, it } from "vitest";
import { type Criterion, toExplanation, toSummary } from "./explain.ts";

const criterion = (c: Partial<Criterion> & Pick<Criterion, "criterion" | "weight" | "status">): Criterion => ({
  score: c.status === "same" ? 1 : c.status === "different" ? 0 : 0.5,
  shared: [],
  missing: [],
  extra: [],
  ...c,
});

/** A Greek care case against a Tunisian town's profile, in the order the API answers. */
const greece: Criterion[] = [
  criterion({ criterion: "domain", weight: 3, status: "same", shared: ["care"] }),
  criterion({
    criterion: "partners",
    weight: 2,
    status: "partial",
    shared: ["sse-organisation", "public-local"],
    missing: ["form:cooperative"],
  }),
  criterion({ criterion: "context", weight: 2, status: "different", extra: ["GR"] }),
  criterion({ criterion: "scale", weight: 1, status: "same", shared: ["municipal"] }),
];

describe("toExplanation", () => {
  it("says what agrees and what differs, weightiest criterion first", () => {
    expect(toExplanation(greece)).toEqual({
      agrees: [
        { kind: "same", criterion: "domain", values: ["care"] },
        { kind: "partial", criterion: "partners", values: ["sse-organisation", "public-local"] },
        { kind: "same", criterion: "scale", values: ["municipal"] },
      ],
      differs: [
        { kind: "missing", criterion: "partners", values: ["form:cooperative"] },
        { kind: "extra", criterion: "context", values: ["GR"] },
      ],
    });
  });

  it("says a neighbouring country agrees on the region and differs in the country, and an unknown scale is unknown", () => {
    const { agrees, differs } = toExplanation([
      criterion({ criterion: "context", weight: 2, status: "partial", shared: ["maghreb"], extra: ["MA"] }),
      criterion({ criterion: "scale", weight: 1, status: "unknown" }),
    ]);
    expect(agrees).toEqual([{ kind: "partial", criterion: "context", values: ["maghreb"] }]);
    expect(differs).toEqual([
      { kind: "extra", criterion: "context", values: ["MA"] },
      { kind: "unknown", criterion: "scale", values: [] },
    ]);
  });
});

describe("toSummary", () => {
  it("names the criteria fully shared and those that differ", () => {
    expect(toSummary(greece)).toEqual({ same: ["domain", "scale"], differs: ["partners", "context"] });
  });
});
