import { describe, expect, it } from "vitest";
import en from "../../i18n/catalogues/en.json" with { type: "json" };
import { toFieldKeys } from "./field-labels.ts";

// The top-level fields of the records in data/ (cases, stakeholders, currencies).
const fields = {
  case: "id title summary country region city latitude longitude locationPrecision locationNote framework startYear startNote startSource status statusYear statusSource scale outcomes outcomesSources codedBy phase level collaborationType policyDomain need doughnutDimension sseForm participants relationships sources relatedCases description endYear endSource lessons lessonsSources translations",
  stakeholder: "id name type country sources sseForm city description website latitude longitude",
  currency:
    "id name summary country region city latitude longitude locationPrecision launchYear launchNote launchSource status statusYear statusSource model governance legalForm figures cases stakeholders sources unitOfAccount convertibility issuance demurrage backing endYear endSource",
};

describe("record fields named for people", () => {
  it("names every field of the records in the catalogue", () => {
    for (const [kind, list] of Object.entries(fields)) {
      for (const field of list.split(" ")) {
        expect(
          toFieldKeys(field).some((k) => k in en),
          `${kind}.${field}`,
        ).toBe(true);
      }
    }
  });
});
