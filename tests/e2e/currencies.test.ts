import { describe, expect, it } from "vitest";
import { getJson } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

type List = {
  total: number;
  items: { id: string; name: string; launchYear: number | null }[];
  facets: { model: { key: string; count: number }[] };
};
type Detail = { id: string; name: string; figures: { year: number; metric: string; unit: string | null }[] };

describe.skipIf(!hasChromium)("complementary currencies in the browser", () => {
  const s = suiteSession();
  const api = getJson(s);

  it("draws one timeline bar per initiative with a launch year, for the filter in the URL", async () => {
    const all = await api<List>("/api/currencies?pageSize=200");
    const model = all.facets.model.find((m) => m.count > 1);
    if (!model) throw new Error("no model with several initiatives");
    const filtered = await api<List>(`/api/currencies?pageSize=200&model=${model.key}`);
    const placed = filtered.items.filter((c) => c.launchYear !== null);
    const { page } = await s.newPage();
    await page.goto(`/currencies?model=${model.key}`);
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${filtered.total} initiatives?$`) }).waitFor();
    expect(await page.locator(".timeline-bar").count()).toBe(placed.length);
    expect(await page.locator(".currency-table tbody tr").count()).toBe(filtered.total);

    const first = placed[0];
    if (!first) throw new Error("no placed initiative");
    await page.locator(`.timeline a[href="/currencies/${first.id}"]`).hover();
    await expect.poll(() => page.locator(".currency-table tr.is-hovered").textContent()).toContain(first.name);
    expect(s.problems).toEqual([]);
  });

  it("sorts the table from its headers, in the URL", async () => {
    const { page } = await s.newPage();
    await page.goto("/currencies");
    await page.getByRole("button", { name: "Launched" }).click();
    await page.waitForURL(/sort=launchYear/);
    const sorted = await api<List>("/api/currencies?pageSize=200&sort=launchYear");
    await expect
      .poll(() => page.locator(".currency-table tbody tr td:first-child").first().textContent())
      .toBe(sorted.items[0]?.name);
    await page.getByRole("button", { name: /Launched/ }).click();
    await page.waitForURL(/sort=-launchYear/);
  });

  it("shows a currency without figures as unknown, and charts figures reported for several years", async () => {
    const all = await api<List>("/api/currencies?pageSize=200");
    const details = await Promise.all(all.items.map((c) => api<Detail>(`/api/currencies/${c.id}`)));
    const none = details.find((d) => d.figures.length === 0);
    const charted = details.find((d) => {
      const years = new Map<string, Set<number>>();
      for (const f of d.figures)
        years.set(`${f.metric}|${f.unit}`, (years.get(`${f.metric}|${f.unit}`) ?? new Set()).add(f.year));
      return [...years.values()].some((y) => y.size >= 2);
    });
    const { page } = await s.newPage();
    if (none) {
      await page.goto(`/currencies/${none.id}`);
      await page.getByRole("heading", { level: 1, name: none.name }).waitFor();
      await page.getByText("No figure has been reported by a source.").waitFor();
      expect(await page.locator(".figure-chart").count()).toBe(0);
    }
    if (charted) {
      await page.goto(`/currencies/${charted.id}`);
      await page.getByRole("heading", { level: 1, name: charted.name }).waitFor();
      expect(await page.locator(".figure-chart").count()).toBeGreaterThan(0);
    }
    expect(none ?? charted).toBeDefined();

    // Sardex: figures of different kinds (yearly, cumulative, part-year) are points, not a trend line;
    // the picture is named, holds nothing focusable, and points to the table; axis labels are compact.
    await page.goto("/currencies/sardex");
    const chart = page.getByRole("img", { name: /^Volume transacted \(credits\): figures reported from 2013 to 2019/ });
    await chart.waitFor();
    expect(await chart.locator("a, [tabindex], path.figure-line").count()).toBe(0);
    const table = page.locator(`[id="${await chart.getAttribute("aria-describedby")}"]`);
    expect(await table.evaluate((e) => e.tagName)).toBe("TABLE");
    expect((await chart.locator("text").allTextContents()).some((label) => label.includes(",000"))).toBe(false);
    expect(s.problems).toEqual([]);
  });
});
