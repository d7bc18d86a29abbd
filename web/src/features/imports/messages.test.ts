import { describe, expect, it } from "vitest";
import en from "../../i18n/catalogues/en.json" with { type: "json" };
import { messageCodes, type ReportMessage, toMessageKey } from "./messages.ts";

describe("dry-run messages in the reader's language", () => {
  it("has a sentence for every code the importer sends, in each of its forms", () => {
    const forms: Pick<ReportMessage, "level" | "params">[] = [
      { level: "warning", params: {} },
      { level: "error", params: {} },
      { level: "warning", params: { km: 1.2, other: "FR" } },
    ];
    for (const code of messageCodes) {
      for (const form of forms) {
        const key = toMessageKey({ code, ...form });
        expect(key && key in en, `${code} ${JSON.stringify(form)}`).toBe(true);
      }
    }
  });

  it("picks the sentence that fits the values given", () => {
    expect(toMessageKey({ code: "duplicate_row", level: "warning", params: { row: 3, km: 0.4 } })).toBe(
      "imports.message.duplicate_row_near",
    );
    expect(toMessageKey({ code: "unknown_term", level: "warning", params: { value: "x" } })).toBe(
      "imports.message.unknown_term_left_out",
    );
    expect(toMessageKey({ code: "unknown_country", level: "error", params: { value: "x" } })).toBe(
      "imports.message.unknown_country",
    );
    expect(toMessageKey({ code: "point_outside_country", level: "error", params: { other: "TN" } })).toBe(
      "imports.message.point_outside_country_in",
    );
    expect(toMessageKey({ code: "something_new", level: "warning", params: {} })).toBeUndefined();
  });
});
