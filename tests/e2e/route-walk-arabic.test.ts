import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";
import { listRoutes, listStates, walk } from "./route-walk.ts";

// The English walk is route-walk.test.ts; a file each, so the two can run side by side.
describe.skipIf(!hasChromium)("every route, in Arabic, on a desktop and a phone", () => {
  const s = suiteSession();
  let routes: string[];
  let states: string[];

  beforeAll(async () => {
    routes = await listRoutes(s);
    states = await listStates(s);
  });

  for (const width of [1280, 390]) {
    it(`ar at ${width} px: axe finds nothing serious, no sideways scroll, one h1, a title of its own`, async () => {
      const titles = await walk(s, routes, "ar", width, routes.length, states);
      // The titles are in the page's language: the Arabic pages share none with the English ones.
      expect(titles.every((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
    }, 600_000);
  }
});
