/**
 * Issue 13's researcher and change-maker, as a new user would go: compare three cases in Arabic, press
 * a cell of the policy domain × phase matrix and see the list and the map narrow, cite the view in
 * BibTeX, load the filtered set's JSON-LD in an RDF library, and ask for cases like a Tunisian town.
 */
import jsonld from "jsonld";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getJson } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

type CaseList = { total: number; items: { id: string; title: string; content: { fields: Record<string, string> } }[] };
type Quad = { subject: { value: string }; predicate: { value: string }; object: { value: string } };

/** How many cases the map's source holds, read through MapLibre's own API. */
const mapCaseCount = (page: Page) =>
  page.evaluate(async () => {
    const map = (
      document.querySelector(".case-map") as unknown as {
        maplibreMap?: { getSource(id: string): { getData(): Promise<{ features: unknown[] }> } | undefined };
      }
    ).maplibreMap;
    const source = map?.getSource("cases");
    return source ? (await source.getData()).features.length : null;
  });

describe.skipIf(!hasChromium)("research tools in the browser", () => {
  const s = suiteSession();
  const api = getJson(s);

  it("compares three cases in the Arabic interface, their differences said in sentences", async () => {
    // The titles as an Arabic reader sees them: the comparison comes in the interface's language.
    const { items } = await api<CaseList>("/api/cases?pageSize=3&lang=ar");
    expect(items.length).toBe(3);
    expect(items.every((c) => c.content.fields.title === "translated")).toBe(true);
    const { page } = await s.newPage({ locale: "ar" });
    await page.goto(`/compare?cases=${items.map((c) => c.id).join(",")}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 30_000 }).toBe("rtl");
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: "مقارنة الحالات" }).count(), { timeout: 30_000 })
      .toBe(1);
    for (const c of items) await page.getByRole("columnheader", { name: c.title }).first().waitFor();
    await page.locator(".differences li").first().waitFor();
    expect(s.problems).toEqual([]);
  }, 180_000);

  it("narrows the list and the map when a cell of the domain × phase matrix is pressed, then cites the view in BibTeX and downloads it as JSON-LD an RDF library loads", async () => {
    const all = await api<CaseList>("/api/cases");
    const { page } = await s.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Show patterns in these cases" }).click();
    const matrix = page.getByRole("table", { name: "Policy domains and co-production phases" });
    await matrix.getByRole("button").first().waitFor({ timeout: 30_000 });
    await expect.poll(() => mapCaseCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const mapBefore = (await mapCaseCount(page)) ?? 0;

    // The fullest cell that still narrows the set.
    const labels = await matrix
      .getByRole("button")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("aria-label") ?? ""));
    const cells = labels
      .map((label) => ({ label, count: Number(/: (\d+) cases?$/.exec(label)?.[1] ?? 0) }))
      .filter((c) => c.count > 0 && c.count < all.total)
      .sort((a, b) => b.count - a.count);
    const cell = cells[0];
    if (!cell) throw new Error("no cell narrows the set");
    await matrix.getByRole("button", { name: cell.label, exact: true }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/policyDomain=.*phase=|phase=.*policyDomain=/);
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: new RegExp(`^${cell.count} cases?$`) }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => mapCaseCount(page), { timeout: 30_000 }).toBeLessThan(mapBefore);

    await page.getByRole("button", { name: "Cite this view" }).click();
    const bibtex = await page.getByLabel("BibTeX", { exact: true }).inputValue();
    const { label: version } = await api<{ label: string }>("/api/dataset");
    expect(bibtex).toMatch(/^@\w+\{/);
    expect(bibtex).toContain(version);
    expect(bibtex).toMatch(/policyDomain=/);
    expect(bibtex).toMatch(/phase=/);
    await page.keyboard.press("Escape");

    const href = await page
      .getByRole("link", { name: /JSON-LD/ })
      .first()
      .getAttribute("href");
    if (!href) throw new Error("no JSON-LD link");
    const narrowed = await api<CaseList>(`/api/cases?${href.split("?")[1]}&pageSize=200`);
    expect(narrowed.total).toBe(cell.count);
    const doc = await api<object>(href);
    const quads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument)) as unknown as Quad[];
    const projects = quads
      .filter(
        (q) => q.predicate.value.endsWith("22-rdf-syntax-ns#type") && q.object.value === "https://schema.org/Project",
      )
      .map((q) => q.subject.value.split("/").at(-1))
      .sort();
    expect(projects).toEqual(narrowed.items.map((c) => c.id).sort());
    expect(s.problems).toEqual([]);
  }, 180_000);

  it("ranks cases like a town of 20,000 in Tunisia working on care with a women's cooperative and the municipality, saying why", async () => {
    const { page } = await s.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Cases like mine" }).click();
    await page.getByRole("heading", { level: 1, name: "Cases like my territory" }).waitFor();
    // Bad input first: the complaint appears next to the field.
    await page.getByLabel("Inhabitants of the municipality").fill("-5");
    await page.getByRole("button", { name: "Find cases" }).click();
    await page.locator(".field-error").first().waitFor();
    expect(await page.getByLabel("Inhabitants of the municipality").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Country", { exact: true }).selectOption("TN");
    await page.getByLabel("Inhabitants of the municipality").fill("20000");
    await page.getByRole("group", { name: "Policy domains you work on" }).getByLabel("Care", { exact: true }).check();
    const partners = page.getByRole("group", { name: "Partners at hand" });
    await partners.getByRole("checkbox").first().waitFor();
    for (const name of await api<{ schemes: { stakeholderType: { key: string; label: string }[] } }>(
      "/api/vocabularies?locale=en",
    ).then((v) => v.schemes.stakeholderType.filter((t) => ["public-local", "sse-organisation"].includes(t.key))))
      await partners.getByLabel(name.label, { exact: true }).check();
    await page.getByRole("group", { name: "Their SSE forms" }).getByLabel("Cooperative", { exact: true }).check();
    await page.getByRole("button", { name: "Find cases" }).click();

    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/country=TN.*population=20000/);
    const first = page.locator(".territory-match").first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.getByRole("heading", { name: "Why it matches" }).count()).toBe(1);
    expect(await first.textContent()).toMatch(/Policy domain: Care/);
    expect(await page.locator(".territory-match").count()).toBeGreaterThan(3);
    await page.getByRole("link", { name: /^Compare the first 3$/ }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/compare\?cases=[^,]+,[^,]+,[^,]+$/);
    // The bad population's 400 is the one request expected to fail.
    expect(s.problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    expect(s.problems.filter((p) => p.includes("status of 400")).length).toBe(1);
  }, 180_000);
});
