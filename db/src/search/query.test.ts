import { describe, expect, it } from "vitest";
import { queryTokens, toSearchQuery } from "./query.ts";

describe("toSearchQuery", () => {
  it("requires every word, as a prefix or through its stem", () => {
    expect(toSearchQuery("time bank")).toBe('("time"* OR "0tim") AND "bank"*');
  });

  it("drops FTS5 syntax so that user input cannot break the query", () => {
    expect(toSearchQuery('care" OR NEAR(x) -housing*')).toBe(
      '("care"* OR "0car") AND "near"* AND ("housing"* OR "0hous")',
    );
  });

  it("folds every script and stems in the languages of the word's script", () => {
    expect(toSearchQuery("تونس Athènes")).toBe('"تونس"* AND ("athenes"* OR "0athen")');
    expect(toSearchQuery("رعاية")).toBe('("رعايه"* OR "0رعا")');
  });

  it("leaves out stop words of every language unless nothing else is left", () => {
    expect(queryTokens("cuidado de los mayores").map((t) => t.word)).toEqual(["cuidado", "mayores"]);
    expect(queryTokens("the").map((t) => t.word)).toEqual(["the"]);
  });

  it("gives nothing for text without words", () => {
    expect(toSearchQuery(" -- ** ")).toBeUndefined();
  });
});
