import { beforeAll, describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";
import { listRoutes, listStates, visit, walk } from "./route-walk.ts";

// Arabic walks in its own file (route-walk-arabic.test.ts), so the two can run side by side.
describe.skipIf(!hasChromium)("every route, in English, on a desktop and a phone", () => {
  const s = suiteSession();
  let routes: string[];
  let states: string[];

  beforeAll(async () => {
    routes = await listRoutes(s);
    states = await listStates(s);
  });

  // Every route, then the main states: a case selected, the workshop as a participant, the printed list.
  for (const width of [1280, 390]) {
    it(`en-GB at ${width} px: axe finds nothing serious, no sideways scroll, one h1, a title of its own`, async () => {
      await walk(s, routes, "en-GB", width, routes.length, states);
      // Twenty full page loads and axe runs: a few minutes on a busy two-core machine.
    }, 600_000);
  }

  it("keeps the header to one row on a phone, the navigation behind a Menu button", async () => {
    const { page } = await s.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, "/network");
    const header = page.locator(".site-header");
    const closedHeight = (await header.boundingBox())?.height ?? 0;
    expect(closedHeight).toBeLessThan(100);
    const menu = page.getByRole("button", { name: "Menu" });
    const about = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" });
    expect(await about.isVisible()).toBe(false);
    await menu.click();
    await about.waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    // Escape closes it and gives focus back to the button.
    await page.getByLabel("Language").focus();
    await page.keyboard.press("Escape");
    await about.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
    // A page chosen from it closes it.
    await menu.click();
    await about.click();
    await page.waitForURL(/\/about$/);
    await about.waitFor({ state: "hidden" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
  });

  it("moves focus to the new page's h1 and announces it after a move inside the app", async () => {
    const { page } = await s.newPage();
    await visit(page, "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await expect.poll(() => page.title()).toBe("About the Co-production Atlas · Co-production Atlas");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "About the Co-production Atlas" }).count())
      .toBe(1);
  });
});
