import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./filters.ts";

describe("toFtsQuery", () => {
  it("quotes each word as a required prefix term", () => {
    expect(toFtsQuery("time bank")).toBe('"time"* "bank"*');
  });

  it("drops FTS5 syntax so user input cannot break the query", () => {
    expect(toFtsQuery('care" OR NEAR(x) -housing*')).toBe('"care"* "OR"* "NEAR"* "x"* "housing"*');
  });

  it("keeps letters of every script", () => {
    expect(toFtsQuery("تونس Athènes")).toBe('"تونس"* "Athènes"*');
  });

  it("gives nothing for text without words", () => {
    expect(toFtsQuery(" -- ** ")).toBeUndefined();
  });
});
