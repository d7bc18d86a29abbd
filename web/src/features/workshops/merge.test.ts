import { describe, expect, it } from "vitest";
import { type Draft, mergeDrafts } from "./merge.ts";

const base: Draft = { title: "Pool roofs", description: "", phase: "co-delivery", stakeholderTypes: ["citizens"] };

describe("mergeDrafts", () => {
  it("combines changes to different fields without asking", () => {
    const mine = { ...base, description: "Start with schools." };
    const theirs = { ...base, title: "Pool the school roofs", stakeholderTypes: ["citizens", "public-local"] };
    expect(mergeDrafts(base, mine, theirs)).toEqual({
      merged: {
        ...base,
        title: "Pool the school roofs",
        description: "Start with schools.",
        stakeholderTypes: ["citizens", "public-local"],
      },
      conflicts: [],
    });
  });

  it("names the fields both changed differently, keeping mine in them for the member to decide", () => {
    const mine = { ...base, title: "Pool all roofs", phase: "co-design" as const };
    const theirs = { ...base, title: "Pool school roofs", phase: "co-design" as const };
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual(["title"]);
    expect(merged).toMatchObject({ title: "Pool all roofs", phase: "co-design" });
  });

  it("treats the same set of types in another order as unchanged", () => {
    const mine = { ...base, stakeholderTypes: ["public-local", "citizens"] };
    const theirs = { ...base, stakeholderTypes: ["citizens", "public-local"] };
    expect(mergeDrafts(base, mine, theirs).conflicts).toEqual([]);
  });
});
