import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";

/** What has the keyboard focus: tag, id and accessible text, enough to say where it is. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "BODY";
    const name = e.getAttribute("aria-label") ?? e.textContent?.replace(/\s+/g, " ").trim().slice(0, 60) ?? "";
    return `${e.tagName}${e.id ? `#${e.id}` : ""} ${name}`.trim();
  });

/** What the page's live regions last said. */
const announced = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("[role=status]")].map((e) => e.textContent?.trim() ?? "").join(" | "),
  );

/** Places the focus on an element and presses a key there, as a keyboard user arriving by Tab would. */
async function press(page: Page, locator: ReturnType<Page["locator"]>, key = "Enter") {
  await locator.focus();
  await page.keyboard.press(key);
}

describe.skipIf(!hasChromium)("by keyboard only, the focus is never lost", () => {
  const s = suiteSession();

  it("map → case → network → back: each action leaves the focus somewhere sensible and says what happened", async () => {
    const { page } = await s.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    const cluster = page.locator(".cluster-marker").first();
    await cluster.waitFor({ timeout: 60_000 });
    const map = page.locator(".case-map");
    const zoom = () =>
      map.evaluate((e) => (e as unknown as { maplibreMap: { getZoom(): number } }).maplibreMap.getZoom());
    const before = await zoom();
    await press(page, cluster);
    await expect.poll(() => focused(page)).toMatch(/^CANVAS/);
    await expect.poll(() => announced(page)).toMatch(/Zoomed in on \d+ cases/);
    await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThan(before);

    await press(page, page.getByRole("navigation", { name: "Pages" }).getByRole("button", { name: "Next" }));
    await expect.poll(() => focused(page)).toMatch(/^H2#results-heading/);
    await expect.poll(() => announced(page)).toMatch(/Page 2 of \d+/);

    const card = page
      .locator(".case-card")
      .filter({ has: page.getByRole("button", { name: "Show on the map" }) })
      .first();
    const title = (await card.locator("h3").textContent())?.trim() ?? "";
    await press(page, card.getByRole("button", { name: "Show on the map" }));
    await expect.poll(() => focused(page)).toBe(`H2#selected-case-title ${title.slice(0, 60)}`);
    const mapTop = await map.evaluate((e) => e.getBoundingClientRect().top);
    expect(mapTop).toBeGreaterThanOrEqual(-1);
    expect(mapTop).toBeLessThan(800);
    await press(page, page.locator(".selected-case").getByRole("button", { name: "Close" }));
    await expect.poll(() => focused(page)).toBe("BUTTON Show on the map");

    await press(page, card.getByRole("link", { name: title }));
    await page.waitForURL(/\/cases\//);
    await expect.poll(() => focused(page)).toBe(`H1 ${title.slice(0, 60)}`);

    await press(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" }));
    await page.waitForURL(/\/network/);
    await expect.poll(() => focused(page)).toMatch(/^H1[ #]/);

    await page.goBack();
    await page.waitForURL(/\/cases\//);
    await expect.poll(() => focused(page)).toBe(`H1 ${title.slice(0, 60)}`);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/");
    await expect.poll(() => focused(page)).toMatch(/^H1[ #]/);
    expect(s.problems).toEqual([]);
  }, 240_000);

  it("in a workshop: add a step, vote to 0 and back, link a case, close the editor with Escape", async () => {
    const created = await fetch(`${s.server.url}/api/workshops`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Care in Tunis", language: "en", facilitatorName: "Amel", dotsPerMember: 1 }),
    }).then((r) => r.json() as Promise<{ workshopId: string; secret: string }>);
    const { page } = await s.newPage();
    await page.goto(`/w/${created.workshopId}#k=${created.secret}`);
    await page.getByRole("heading", { level: 1, name: "Care in Tunis" }).waitFor();
    await page.locator(".ws-live-live").waitFor();

    const add = page.getByRole("button", { name: "Add a step" });
    await press(page, add);
    await page.getByLabel("Step", { exact: true }).fill("Open the market hall to the residents' cooperative");
    await page.keyboard.press("Enter");
    const step = page.getByRole("article", { name: /Open the market hall/ });
    await step.waitFor();
    await expect.poll(() => focused(page)).toMatch(/^INPUT/);
    await expect.poll(() => announced(page)).toContain("added");
    // The list's tab counts the new step without a reload.
    await expect.poll(() => page.locator(".ws-tabs .ws-count").first().textContent()).toBe("1");
    await page.keyboard.press("Escape");
    await expect.poll(() => focused(page)).toBe("BUTTON Add a step");

    const addDot = step.getByRole("button", { name: /^Add a dot/ });
    const takeDot = step.getByRole("button", { name: /^Take a dot/ });
    await press(page, addDot);
    await step.getByText("1 of your dots").waitFor();
    await expect.poll(() => focused(page)).toMatch(/^BUTTON Add a dot/);
    await press(page, takeDot);
    await step.getByText("0 of your dots").waitFor();
    // "−" has reached 0: it says so, and keeps the focus.
    await expect.poll(() => focused(page)).toMatch(/^BUTTON Take a dot/);
    await expect.poll(() => takeDot.getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect.poll(() => focused(page)).toMatch(/^BUTTON Add a dot/);
    await page.keyboard.press("Enter");
    await step.getByText("1 of your dots").waitFor();

    await press(page, step.getByRole("button", { name: "Edit" }));
    await expect.poll(() => step.getByLabel("Step", { exact: true }).count()).toBe(1);
    await step.getByLabel("Step", { exact: true }).focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => step.getByRole("form").count()).toBe(0);
    await expect.poll(() => focused(page)).toBe("BUTTON Edit");

    await press(page, step.getByRole("button", { name: "Link a case" }));
    const search = step.getByLabel("Find a case in the atlas");
    await search.fill("Batlló");
    await search.press("Enter");
    const radio = step.getByRole("radio").first();
    await radio.waitFor();
    await radio.focus();
    await page.keyboard.press("Space");
    await press(page, step.getByRole("button", { name: "Link as evidence" }));
    await step.locator(".ws-evidence li").first().waitFor();
    await expect.poll(() => focused(page)).toBe("BUTTON Link a case");
    await expect.poll(() => announced(page)).toMatch(/linked as evidence for/);
    expect(s.problems).toEqual([]);
  }, 240_000);
});
