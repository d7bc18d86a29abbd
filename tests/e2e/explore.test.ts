import { describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";

type CaseList = {
  total: number;
  items: { id: string; title: string }[];
  facets: { country: { key: string; count: number }[] };
};

describe.skipIf(!hasChromium)("explore cases in the browser", () => {
  const s = suiteSession();
  const api = async (path: string) => (await fetch(`${s.server.url}${path}`)).json() as Promise<CaseList>;

  it("shows the cases the API holds on the home page", async () => {
    const all = await api("/api/cases?pageSize=20");
    expect(all.total).toBeGreaterThan(0);
    const { page } = await s.newPage();
    await page.goto("/");
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: new RegExp(`^${all.total} cases?$`) }).count())
      .toBe(1);
    for (const item of all.items.slice(0, 3)) {
      expect(await page.getByRole("link", { name: item.title, exact: true }).count()).toBe(1);
    }
    expect(s.problems).toEqual([]);
  });

  it("filters by country: the URL and the count follow, and the URL restores the view", async () => {
    const all = await api("/api/cases");
    const country = all.facets.country[0];
    if (!country) throw new Error("no country facet");
    const expected = await api(`/api/cases?country=${country.key}`);
    const { page, context } = await s.newPage();
    await page.goto("/");
    const name = new Intl.DisplayNames(["en-GB"], { type: "region" }).of(country.key) ?? country.key;
    // The checkbox follows the URL, so it shows checked once the navigation lands: click, then wait.
    await page.getByRole("checkbox", { name: new RegExp(`^${name}`) }).click();
    await page.waitForURL(new RegExp(`country=${country.key}`));
    const heading = page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.total} cases?$`) });
    await heading.waitFor();
    const copied = page.url();
    const other = await context.newPage();
    await other.goto(copied);
    await other.getByRole("heading", { level: 2, name: new RegExp(`^${expected.total} cases?$`) }).waitFor();
    expect(await other.getByRole("checkbox", { name: new RegExp(`^${name}`) }).isChecked()).toBe(true);
    await page.goBack();
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${all.total} cases?$`) }).waitFor();
  });

  it("opens a case page with its stakeholders and sources as links", async () => {
    const first = (await api("/api/cases?pageSize=1")).items[0];
    if (!first) throw new Error("no case");
    const { page } = await s.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: first.title, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: first.title }).waitFor();
    expect(page.url()).toContain(`/cases/${first.id}`);
    await page.getByRole("heading", { level: 2, name: "Sources" }).waitFor();
    const sourceLinks = page.locator("ol.sources a[href^='http']");
    expect(await sourceLinks.count()).toBeGreaterThan(0);
  });

  it("switches to Arabic, lays the page out right to left, and remembers it", async () => {
    const { page } = await s.newPage();
    await page.goto("/");
    await page.getByLabel("Language").selectOption("ar");
    // The page switches once the Arabic catalogue (a chunk of its own) has arrived.
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), {
        timeout: 30_000,
      })
      .toEqual(["ar", "rtl"]);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    const nav = await page.locator(".site-header nav").boundingBox();
    const brand = await page.locator(".brand").boundingBox();
    expect(nav && brand && brand.x > nav.x).toBe(true);
  });

  it("can be used by keyboard alone: skip link, search and a result", async () => {
    const first = (await api("/api/cases?pageSize=1")).items[0];
    if (!first) throw new Error("no case");
    const word = first.title.split(/\s+/).find((w) => w.length > 4) ?? first.title;
    const { page } = await s.newPage();
    await page.goto("/");
    // Tab only once the app has rendered, or focus stays on the empty body.
    await page.getByRole("link", { name: "Skip to content" }).waitFor({ state: "attached" });
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.getByRole("searchbox").focus();
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=/);
    await page.getByRole("link", { name: first.title, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: first.title }).waitFor();
  });
  it("searches in Arabic and offers the nearest spelling when a search finds nothing", async () => {
    const care = await api(`/api/cases?q=${encodeURIComponent("رعاية المسنين")}`);
    expect(care.total).toBeGreaterThan(0);
    const { page } = await s.newPage({ locale: "ar" });
    await page.goto("/");
    await page.getByRole("searchbox").fill("رعاية المسنين");
    await page.getByRole("searchbox").press("Enter");
    await page.waitForURL(/q=/);
    const wait = { timeout: 30_000 };
    await expect.poll(() => page.locator(".case-list > li").count(), wait).toBe(Math.min(care.total, 20));
    // The words found are marked in the Arabic titles and summaries.
    await expect.poll(() => page.locator(".case-list mark").count(), wait).toBeGreaterThan(0);
    await page.getByRole("searchbox").fill("Zaragosa");
    await page.getByRole("searchbox").press("Enter");
    const suggestion = page.getByRole("button", { name: "Zaragoza" });
    await suggestion.waitFor();
    expect(await page.locator(".search-suggestion").textContent()).toContain("هل تقصد");
    await suggestion.click();
    await page.waitForURL(/q=Zaragoza/);
    const zaragoza = await api("/api/cases?q=Zaragoza");
    await expect.poll(() => page.locator(".case-list > li").count(), wait).toBe(zaragoza.total);
    // A new search cancels the requests of the one before it: only those aborts are expected.
    expect(s.problems.filter((p) => !p.includes("ERR_ABORTED"))).toEqual([]);
  });

  it("explains a typology value on the concepts page and leads back to the cases with it", async () => {
    const first = (await api("/api/cases?phase=co-design&pageSize=1")).items[0];
    if (!first) throw new Error("no co-design case");
    const expected = await api("/api/cases?phase=co-design");
    const { page } = await s.newPage();
    await page.goto(`/cases/${first.id}`);
    await page.getByRole("link", { name: "Co-design", exact: true }).first().click();
    await page.waitForURL(/\/concepts#phase-co-design$/);
    const entry = page.locator("#phase-co-design");
    await entry.getByText("Co-design", { exact: true }).waitFor();
    expect(await entry.locator("dd p").first().textContent()).toMatch(/\w{10,}/);
    expect(await entry.getByRole("link", { name: /^Source:/ }).getAttribute("href")).toMatch(/^https?:\/\//);
    await entry.getByRole("link", { name: "Cases with this value" }).click();
    await page.waitForURL(/\/\?phase=co-design$/);
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.total} cases?$`) }).waitFor();
  });
  it("shows a mistake in the filters as a mistake next to its field, never as a lost connection", async () => {
    const { page } = await s.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 2, name: /cases?$/ }).waitFor();
    const search = page.getByLabel("Search cases");
    await search.fill("care ".repeat(50));
    await search.press("Enter");
    await expect.poll(() => search.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    const describedBy = (await search.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain("at most 200 characters");
    expect(new URL(page.url()).searchParams.get("q")).toBeNull();

    await page.getByLabel("From", { exact: true }).fill("2030");
    const to = page.getByLabel("To", { exact: true });
    await to.fill("1990");
    await expect.poll(() => to.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("The first year must not be after the last one.").count()).toBe(1);
    // The reversed range was never applied: the address keeps the one valid year.
    expect(new URL(page.url()).searchParams.get("to")).toBeNull();

    // An address that carries a mistake: the server's 400 shows on the field, with no "check your connection".
    await page.goto(`/?q=${"a".repeat(201)}`);
    await expect.poll(() => page.getByLabel("Search cases").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("Check your connection").count()).toBe(0);
    expect(await page.getByText("The request has a mistake").count()).toBe(1);
  });
});
