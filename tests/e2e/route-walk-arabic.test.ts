import { describe, expect } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";
import { walkEveryRoute } from "./route-walk.ts";

// The English walk is route-walk.test.ts; a file each, so the two can run side by side.
describe.skipIf(!hasChromium)("every route, in Arabic, on a desktop and a phone", () => {
  const s = suiteSession();
  // The titles are in the page's language: the Arabic pages share none with the English ones.
  // axe at the phone width; the English walk runs it at the desktop width (walkEveryRoute).
  walkEveryRoute(s, "ar", 390, (titles) => expect(titles.every((t) => /[\u0600-\u06FF]/.test(t))).toBe(true));
});
