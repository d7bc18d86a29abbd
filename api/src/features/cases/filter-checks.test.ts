import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

/** Every endpoint that takes the case filters; the clusters one also needs its view. */
const endpoints = [
  "/api/cases",
  "/api/cases.geojson",
  "/api/cases.csv",
  "/api/cases/clusters?zoom=3&view=-10,30,40,47&",
  "/api/network",
  "/api/network.csv",
  "/api/network.graphml",
  "/api/patterns",
  "/api/ld/dataset.jsonld",
].map((path) => (path.endsWith("&") ? path : `${path}?`));

const mistakes = [
  ["from=2030&to=1990", "from"],
  [`q=${"a".repeat(201)}`, "q"],
  ["from=abc", "from"],
  ["country=Spain", "country"],
  ["phase=Co%20Design", "phase"],
  ["bbox=0,50,10,10", "bbox"],
  ["started=2015-2010", "started"],
] as const;

describe("the case filters are checked the same way by every endpoint that takes them", () => {
  it.each(mistakes)("%s is the same 400 everywhere", async (query, parameter) => {
    const answers = await Promise.all(
      endpoints.map(async (path) => {
        const res = await t.request(`${path}${query}`);
        return { path, status: res.status, body: await res.json() };
      }),
    );
    const first = answers[0]?.body as { error: { code: string; message: string; details: { parameter: string }[] } };
    expect(first.error.code).toBe("invalid_parameter");
    expect(first.error.details[0]?.parameter).toBe(parameter);
    for (const answer of answers)
      expect({ path: answer.path, status: answer.status, body: answer.body }).toEqual({
        path: answer.path,
        status: 400,
        body: first,
      });
  });
});
