import { describe, expect, it } from "vitest";
import { sortRows } from "./sort.ts";

const rows = [
  { name: "Éva", betweenness: 0.2 },
  { name: "ana", betweenness: null },
  { name: "Bob", betweenness: 0.5 },
  { name: "carl", betweenness: 0.2 },
];

describe("sortRows", () => {
  it("sorts numbers by value, keeping ties in their order and blanks last either way", () => {
    const byB = (direction: "ascending" | "descending") =>
      sortRows(rows, (r) => r.betweenness, direction, "en").map((r) => r.name);
    expect(byB("descending")).toEqual(["Bob", "Éva", "carl", "ana"]);
    expect(byB("ascending")).toEqual(["Éva", "carl", "Bob", "ana"]);
  });

  it("sorts text in the reader's collation, ignoring case and accents", () => {
    expect(sortRows(rows, (r) => r.name, "ascending", "en").map((r) => r.name)).toEqual(["ana", "Bob", "carl", "Éva"]);
  });
});
