import { describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";
import { visit, walkEveryRoute } from "./route-walk.ts";

// Arabic walks in its own file (route-walk-arabic.test.ts), so the two can run side by side.
describe.skipIf(!hasChromium)("every route, in English, on a desktop and a phone", () => {
  const s = suiteSession();
  // axe at the desktop width; the Arabic walk runs it at the phone width (walkEveryRoute).
  walkEveryRoute(s, "en-GB", 1280);

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
