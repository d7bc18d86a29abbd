import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "./catalogues.ts";
import { pickLocale } from "./locales.ts";
import { translate, translatePlural } from "./translate.ts";

beforeAll(async () => {
  await loadCatalogue("en");
});

describe("translate", () => {
  it("fills placeholders and formats numbers for the locale", () => {
    expect(translate("en", "pagination.status", { page: 2, pages: 1200 })).toBe("Page 2 of 1,200");
  });

  it("chooses plural forms by the locale's rules, with an exact zero form", () => {
    expect(translatePlural("en", "results.cases", 0)).toBe("No cases");
    expect(translatePlural("en", "results.cases", 1)).toBe("1 case");
    expect(translatePlural("en", "results.cases", 12)).toBe("12 cases");
  });
});

describe("counts in screen-reader labels", () => {
  it("agree with their number in every language, Arabic's six forms included", async () => {
    await Promise.all((["es", "fr", "ar", "it", "el"] as const).map((l) => loadCatalogue(l)));
    expect(translatePlural("en", "filters.countLabel", 1)).toBe("1 case");
    expect(translatePlural("en", "filters.countLabel", 3)).toBe("3 cases");
    expect(translatePlural("es", "filters.countLabel", 1)).toBe("1 caso");
    expect(translatePlural("it", "currencies.countLabel", 1)).toBe("1 iniziativa");
    expect(translatePlural("el", "filters.countLabel", 1)).toBe("1 περίπτωση");
    const arabic = [0, 1, 2, 3, 11, 100].map((n) => translatePlural("ar", "filters.countLabel", n));
    expect(new Set(arabic).size).toBe(6);
    expect(arabic[2]).toBe("حالتان");
  });
});

describe("pickLocale", () => {
  it("prefers the remembered choice, then the browser's languages, then English", () => {
    expect(pickLocale("ar", ["fr-FR"])).toBe("ar");
    expect(pickLocale(null, ["de-DE", "el-GR", "fr"])).toBe("el");
    expect(pickLocale("xx", ["de"])).toBe("en");
  });
});
