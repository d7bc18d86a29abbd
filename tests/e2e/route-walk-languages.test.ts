import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openSession, type Session } from "./browser.ts";
import { listRoutes, walk } from "./route-walk.ts";

describe.skipIf(!hasChromium)("every route, in Spanish, French, Italian and Greek, on a desktop and a phone", () => {
  let s: Session;
  let routes: string[];
  let english: string[];

  beforeAll(async () => {
    s = await openSession();
    routes = await listRoutes(s);
    english = (await walk(s, routes.slice(0, 2), "en-GB", 1280)).slice(0, 2);
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  for (const locale of ["es-ES", "fr-FR", "it-IT", "el-GR"]) {
    for (const width of [1280, 390]) {
      it(`${locale} at ${width} px: axe finds nothing serious, no sideways scroll, one h1, a title of its own`, async () => {
        const titles = await walk(s, routes, locale, width);
        // Titled in the page's language, not left in English.
        expect(titles.slice(0, 2).some((t) => english.includes(t))).toBe(false);
      }, 600_000);
    }
  }
});
