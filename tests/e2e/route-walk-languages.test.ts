import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";
import { listRoutes, walk } from "./route-walk.ts";

// On a phone only: the longer Latin and Greek texts break a narrow layout first, and the desktop layout
// is walked in English and Arabic (route-walk.test.ts); all four widths would double the suite's time.
// axe checks the first page only (its language attribute): the rest of its rules read structure, names
// and colour, which the English and Arabic walks check on every route at each width.
describe.skipIf(!hasChromium)("every route, in Spanish, French, Italian and Greek, on a phone", () => {
  const s = suiteSession();
  let routes: string[];
  let english: string[];

  beforeAll(async () => {
    routes = await listRoutes(s);
    english = (await walk(s, routes.slice(0, 2), "en-GB", 1280, 0)).slice(0, 2);
  }, 300_000);

  for (const locale of ["es-ES", "fr-FR", "it-IT", "el-GR"]) {
    for (const width of [390]) {
      it(`${locale} at ${width} px: no sideways scroll, one h1, a title of its own, the language's direction, axe on the first page`, async () => {
        const titles = await walk(s, routes, locale, width, 1);
        // Titled in the page's language, not left in English.
        expect(titles.slice(0, 2).some((t) => english.includes(t))).toBe(false);
      }, 600_000);
    }
  }
});
