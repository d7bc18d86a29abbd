import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../i18n/catalogues.ts";
import type { I18n } from "../i18n/i18n.tsx";
import { translate } from "../i18n/translate.ts";
import { statusText } from "./status.ts";

const t = ((key, vars) => translate("en", key, vars)) as I18n["t"];

beforeAll(async () => {
  await loadCatalogue("en");
});

describe("statusText", () => {
  it("says when a status was last reported, with the year as written", () => {
    expect(statusText(t, "active", 2021)).toBe("Active as last reported in 2021");
    expect(statusText(t, "suspended", 2023)).toBe("Suspended as last reported in 2023");
  });

  it("falls back to the bare status only when no year is known", () => {
    expect(statusText(t, "planned", null)).toBe("Planned");
  });
});
