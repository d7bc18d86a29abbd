import { describe, expect, it } from "vitest";
import { toDocument, toEntryField, toFormEntries } from "./record-form.ts";

const say = { notNumber: "not a number", notJson: (m: string) => `not JSON: ${m}` };

describe("a record's document as labelled fields", () => {
  const doc = {
    id: "shared-kitchens",
    title: "Shared kitchens",
    summary: "Neighbours cook together.",
    latitude: 40.35,
    participants: [{ stakeholder: "comune-lecce", role: "funder" }],
  };

  it("gives the same document back when nothing is changed", () => {
    const entries = toFormEntries(doc);
    expect(entries.map((e) => [e.field, e.kind])).toEqual([
      ["id", "text"],
      ["title", "text"],
      ["summary", "longText"],
      ["latitude", "number"],
      ["participants", "json"],
    ]);
    expect(toDocument(entries, say)).toEqual({ doc, problems: {} });
  });

  it("leaves out an emptied field, reads decimal commas, and names the fields it cannot read", () => {
    const entries = toFormEntries(doc).map((e) =>
      e.field === "summary"
        ? { ...e, text: "  " }
        : e.field === "latitude"
          ? { ...e, text: "40,5" }
          : e.field === "participants"
            ? { ...e, text: "[{" }
            : e,
    );
    const read = toDocument(entries, say);
    expect(read.doc).not.toHaveProperty("summary");
    expect(read.doc.latitude).toBe(40.5);
    expect(Object.keys(read.problems)).toEqual(["participants"]);
    expect(toDocument([{ field: "startYear", kind: "number", text: "about 2020" }], say).problems).toEqual({
      startYear: "not a number",
    });
  });

  it("places a server error on its field", () => {
    expect(toEntryField("doc.participants.0.role")).toBe("participants");
    expect(toEntryField("doc")).toBeUndefined();
    expect(toEntryField("reason")).toBeUndefined();
  });
});
