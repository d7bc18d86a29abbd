import { describe, expect, it } from "vitest";
import { isEmpty, parseProfile, toQuery } from "./profile.ts";

describe("territory profile in the URL", () => {
  it("reads a profile and writes back only its given parts", () => {
    const params = new URLSearchParams(
      "country=TN&population=20000&domain=care&partners=sse-organisation,public-local",
    );
    const profile = parseProfile(params);
    expect(profile).toMatchObject({ country: "TN", region: "", partners: ["sse-organisation", "public-local"] });
    expect(toQuery(profile)).toEqual({
      country: "TN",
      population: "20000",
      domain: "care",
      partners: "sse-organisation,public-local",
    });
  });

  it("drops empty list items and knows an empty profile", () => {
    const profile = parseProfile(new URLSearchParams("phase=,co-design,&population= "));
    expect(profile.phase).toEqual(["co-design"]);
    expect(toQuery(profile)).toEqual({ phase: "co-design" });
    expect(isEmpty(parseProfile(new URLSearchParams()))).toBe(true);
  });
});
