import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getJson } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

type Facets = {
  total: number;
  facets: { country: { key: string; count: number }[]; phase: { key: string; count: number }[] };
};
type Geo = { features: { id: string; geometry: { coordinates: [number, number] }; properties: { title: string } }[] };

/** Reads the map through MapLibre's own API, exposed on its container. */
const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = (
      document.querySelector(".case-map") as unknown as {
        maplibreMap?: { getZoom(): number; getCenter(): { lng: number; lat: number }; loaded(): boolean };
      }
    ).maplibreMap;
    return map
      ? { zoom: map.getZoom(), lng: map.getCenter().lng, lat: map.getCenter().lat, loaded: map.loaded() }
      : null;
  });

/** The map has its style, sources and tiles; software WebGL on busy cores can take a minute and more. */
async function waitForMap(page: Page) {
  await expect.poll(async () => (await mapState(page))?.loaded, { timeout: 120_000 }).toBe(true);
}

/**
 * A view of exactly one located case, so that its point stands alone: a country with one case, or
 * (as the atlas grows) a case of the smallest country together with the words of its title.
 */
async function oneCaseView(
  api: <T>(path: string) => Promise<T>,
): Promise<{ filter: string; feature: Geo["features"][number] }> {
  const { facets } = await api<Facets>("/api/cases");
  for (const country of [...facets.country].sort((a, b) => a.count - b.count).slice(0, 5)) {
    const geo = await api<Geo>(`/api/cases.geojson?country=${country.key}`);
    for (const feature of geo.features) {
      const filter = new URLSearchParams({ country: country.key });
      if (geo.features.length > 1) filter.set("q", feature.properties.title);
      const { total } = await api<{ total: number }>(`/api/cases?${filter}`);
      if (total === 1) return { filter: filter.toString(), feature };
    }
  }
  throw new Error("no filter leaves a single located case");
}

describe.skipIf(!hasChromium)("the explore map", () => {
  const s = suiteSession();
  const api = getJson(s);

  it("renders the offline basemap with clustered cases, and a cluster click zooms in", async () => {
    const { page } = await s.newPage();
    await page.goto("/");
    await waitForMap(page);
    const cluster = page.locator(".cluster-marker").first();
    await cluster.waitFor({ timeout: 20_000 });
    expect(await cluster.getAttribute("aria-label")).toMatch(/^\d+ cases here: zoom in$/);
    const before = (await mapState(page))?.zoom ?? 0;
    await cluster.click();
    await expect.poll(async () => (await mapState(page))?.zoom ?? 0, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    await expect.poll(() => page.url()).toMatch(/map=/);
    expect(s.problems).toEqual([]);
  });

  it("opens a case from its point, and highlights it", async () => {
    const { filter, feature } = await oneCaseView(api);
    const { page } = await s.newPage();
    await page.goto(`/?${filter}`);
    await waitForMap(page);
    await page.getByRole("button", { name: "Fit map to results" }).click();
    // Project the point only once the fit animation has ended and the point layer is drawn.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const el = document.querySelector(".case-map") as unknown as {
              maplibreMap: { isMoving(): boolean; loaded(): boolean; getZoom(): number };
            };
            return !el.maplibreMap.isMoving() && el.maplibreMap.loaded() && el.maplibreMap.getZoom() > 5;
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    const point = await page.evaluate((lngLat) => {
      const el = document.querySelector(".case-map") as unknown as {
        maplibreMap: { project(p: [number, number]): { x: number; y: number } };
      };
      return el.maplibreMap.project(lngLat);
    }, feature.geometry.coordinates);
    const box = await page.locator(".case-map").boundingBox();
    if (!box) throw new Error("no map box");
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.waitForURL(new RegExp(`case=${feature.id}`));
    await page.getByRole("heading", { level: 2, name: feature.properties.title }).waitFor();
    await page.getByRole("link", { name: "Open the case page" }).click();
    await page.getByRole("heading", { level: 1, name: feature.properties.title }).waitFor();
  });

  it("links the list and the map: hovering a case in the list highlights its point", async () => {
    const first = (await api<{ items: { id: string; title: string }[] }>("/api/cases?pageSize=1")).items[0];
    if (!first) throw new Error("no case");
    const { page } = await s.newPage();
    await page.goto("/");
    await waitForMap(page);
    await page.locator(".case-card", { hasText: first.title }).hover();
    const state = () =>
      page.evaluate((id) => {
        const el = document.querySelector(".case-map") as unknown as {
          maplibreMap: { getFeatureState(f: object): { hover?: boolean } };
        };
        return el.maplibreMap.getFeatureState({ source: "cases", id }).hover ?? false;
      }, first.id);
    await expect.poll(state).toBe(true);
    await page.mouse.move(1, 1);
    await expect.poll(state).toBe(false);
  });

  it("filters from the legend: the URL and the count follow", async () => {
    const { facets } = await api<Facets>("/api/cases");
    const phase = facets.phase.find((p) => p.count > 0);
    if (!phase) throw new Error("no phase");
    const expected = await api<Facets>(`/api/cases?phase=${phase.key}`);
    const { page } = await s.newPage();
    await page.goto("/");
    await waitForMap(page);
    const label = new RegExp(`^Co-${phase.key.slice(3, 6)}`, "i");
    await page.locator(".map-legend-items button", { hasText: label }).first().click();
    await page.waitForURL(new RegExp(`phase=${phase.key}`));
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.total} cases?$`) }).waitFor();
    expect(await page.locator(".map-legend-items button[aria-pressed=true]").count()).toBe(1);
  });

  // Two pages each load a map in software WebGL: room for a machine whose cores are shared.
  it("restores the same view from a copied address", { timeout: 180_000 }, async () => {
    const { page, context } = await s.newPage();
    await page.goto("/?color=policyDomain&currencies=1");
    await waitForMap(page);
    await page.evaluate(() => {
      const el = document.querySelector(".case-map") as unknown as { maplibreMap: { jumpTo(o: object): void } };
      el.maplibreMap.jumpTo({ center: [2.17, 41.38], zoom: 7 });
    });
    await page.waitForURL(/map=7\.00%2F41\.3800%2F2\.1700|map=7\.00\/41\.3800\/2\.1700/);
    const copied = page.url();
    const other = await context.newPage();
    await other.goto(copied);
    await waitForMap(other);
    const view = await mapState(other);
    expect(view?.zoom).toBeCloseTo(7, 1);
    expect(view?.lng).toBeCloseTo(2.17, 1);
    expect(view?.lat).toBeCloseTo(41.38, 1);
    expect(await other.getByLabel("Colour by").inputValue()).toBe("policyDomain");
    expect(await other.getByLabel("Show complementary currencies").isChecked()).toBe(true);
  });
});
