import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousFindings } from "./axe.ts";
import { hasChromium, openSession, type Session } from "./browser.ts";
import { sidewaysOverflow } from "./hostile-text.ts";

type Listing = { items: { id: string }[] };

/** What a page must be on arrival, whatever it shows. */
interface PageFacts {
  title: string;
  h1Count: number;
  overflow: number;
  findings: Awaited<ReturnType<typeof seriousFindings>>;
}

/**
 * Opens a route and waits until it has settled: its h1 is there, the tab's title follows it, nothing
 * says "loading". Then reads the facts every page must satisfy.
 */
async function visit(page: Page, path: string): Promise<PageFacts> {
  await page.goto(path);
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => {
    const h1 = document.querySelector("h1")?.textContent?.trim();
    const loading = document.querySelector(".state[role=status]");
    return Boolean(h1) && document.title.includes(h1 ?? "") && !loading;
  });
  return {
    title: await page.title(),
    h1Count: await page.locator("h1").count(),
    overflow: await page.evaluate(sidewaysOverflow),
    findings: await seriousFindings(page),
  };
}

describe.skipIf(!hasChromium)("every route, in English and Arabic, on a desktop and a phone", () => {
  let s: Session;
  let routes: string[];

  beforeAll(async () => {
    s = await openSession();
    const get = async <T>(path: string) => (await fetch(`${s.server.url}/api${path}`)).json() as Promise<T>;
    const [cases, currencies, stakeholders, journey] = await Promise.all([
      get<Listing>("/cases?pageSize=1"),
      get<Listing>("/currencies"),
      get<Listing>("/stakeholders?pageSize=1"),
      get<{ steps: { id: string }[] }>("/journey"),
    ]);
    const workshop = await fetch(`${s.server.url}/api/workshops`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Care in Tunis", language: "en", facilitatorName: "Amel" }),
    }).then((r) => r.json() as Promise<{ workshopId: string; secret: string }>);
    routes = [
      "/",
      "/about",
      `/cases/${cases.items[0]?.id}`,
      "/network",
      "/currencies",
      `/currencies/${currencies.items[0]?.id}`,
      `/stakeholders/${stakeholders.items[0]?.id}`,
      "/concepts",
      "/journey",
      `/journey/${journey.steps[0]?.id}`,
      "/workshops",
      `/w/${workshop.workshopId}#k=${workshop.secret}`,
      "/cases/no-such-case",
      "/no-such-page",
    ];
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const locale of ["en-GB", "ar"]) {
    for (const width of [1280, 390]) {
      it(`${locale} at ${width} px: axe finds nothing serious, no sideways scroll, one h1, a title of its own`, async () => {
        const { page } = await s.newPage({ locale });
        await page.setViewportSize({ width, height: 844 });
        const titles = new Map<string, string>();
        const failures: string[] = [];
        for (const route of routes) {
          const facts = await visit(page, route);
          if (facts.h1Count !== 1) failures.push(`${route}: ${facts.h1Count} h1`);
          if (facts.overflow > 0) failures.push(`${route}: scrolls ${facts.overflow} px sideways`);
          for (const f of facts.findings) failures.push(`${route}: axe ${f.impact} ${f.id} at ${f.nodes.join(", ")}`);
          const twin = titles.get(facts.title);
          if (twin) failures.push(`${route}: same title as ${twin} ("${facts.title}")`);
          titles.set(facts.title, route);
        }
        expect(failures).toEqual([]);
        // The titles are in the page's language: the Arabic pages share none with the English ones.
        if (locale === "ar") expect([...titles.keys()].every((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
        // Fourteen full page loads and axe runs: about a minute on a busy two-core machine.
      }, 300_000);
    }
  }

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
