/**
 * The route walk of issue 12: every route, and what each must be on arrival whatever it shows (no
 * sideways scroll, one h1, a localised title of its own, the page's language and direction those of the
 * reader's language; axe finds nothing critical or serious). Shared by the English, Arabic and other
 * languages' suites, which run as three files so they can run side by side.
 */
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { seriousFindings } from "./axe.ts";
import type { Session } from "./browser.ts";
import { sidewaysOverflow } from "./hostile-text.ts";

type Listing = { items: { id: string }[] };

/** What a page must be on arrival, whatever it shows. */
interface PageFacts {
  title: string;
  h1Count: number;
  /** The root element's lang and dir attributes, as "ar rtl". */
  language: string;
  overflow: number;
  findings: Awaited<ReturnType<typeof seriousFindings>>;
}

/**
 * Opens a route and waits until it has settled: its h1 is there, the tab's title follows it, nothing
 * says "loading". Then reads the facts every page must satisfy.
 */
export async function visit(page: Page, path: string, axe = true): Promise<PageFacts> {
  await page.goto(path);
  // Generous: under a full test run on a busy two-core machine a lazy page can take a while to arrive.
  await page.locator("h1").first().waitFor({ timeout: 90_000 });
  await page.waitForFunction(
    () => {
      // Spaces compared as one: the title collapses the no-break spaces of French «  » into plain ones.
      const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
      const loading = document.querySelector(".state[role=status]");
      return Boolean(h1) && document.title.replace(/\s+/g, " ").includes(h1 ?? "") && !loading;
    },
    undefined,
    { timeout: 90_000 },
  );
  return {
    title: await page.title(),
    h1Count: await page.locator("h1").count(),
    language: await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`),
    overflow: await page.evaluate(sidewaysOverflow),
    findings: axe ? await seriousFindings(page) : [],
  };
}

/** Every route of the app, with real records of the session's database in the ones that need an id. */
export async function listRoutes(s: Session): Promise<string[]> {
  const get = async <T>(path: string) => (await fetch(`${s.server.url}/api${path}`)).json() as Promise<T>;
  const [cases, currencies, stakeholders, journey] = await Promise.all([
    get<Listing>("/cases?pageSize=3"),
    get<Listing>("/currencies"),
    get<Listing>("/stakeholders?pageSize=1"),
    get<{ steps: { id: string }[] }>("/journey"),
  ]);
  const workshop = await fetch(`${s.server.url}/api/workshops`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Care in Tunis", language: "en", facilitatorName: "Amel" }),
  }).then((r) => r.json() as Promise<{ workshopId: string; secret: string }>);
  const [first, second, third] = cases.items.map((c) => c.id);
  return [
    "/",
    "/about",
    `/cases/${first}`,
    "/network",
    "/currencies",
    `/currencies/${currencies.items[0]?.id}`,
    `/stakeholders/${stakeholders.items[0]?.id}`,
    "/concepts",
    "/journey",
    `/journey/${journey.steps[0]?.id}`,
    "/workshops",
    `/w/${workshop.workshopId}#k=${workshop.secret}`,
    "/contribute",
    `/compare?compare=${first},${second},${third}`,
    "/territory",
    `/history/case/${first}`,
    "/curate",
    "/curate/imports",
    "/cases/no-such-case",
    "/no-such-page",
  ];
}

/**
 * The main states of the pages, each an address: a case selected on the explore page, the workshop as a
 * participant, its list as printed. Each shares its title with the route it is a state of.
 */
export async function listStates(s: Session): Promise<string[]> {
  const post = async <T>(path: string, body: unknown) =>
    (await fetch(`${s.server.url}/api${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => r.json())) as T;
  const cases = (await (await fetch(`${s.server.url}/api/cases?pageSize=1`)).json()) as Listing;
  const w = await post<{ workshopId: string; secret: string; joinCode: string }>("/workshops", {
    title: "Water in Sfax",
    language: "en",
    facilitatorName: "Amel",
  });
  const joined = await post<{ secret: string }>("/workshops/join", { code: w.joinCode, name: "Sami" });
  const state = (await (
    await fetch(`${s.server.url}/api/workshops/${w.workshopId}`, { headers: { authorization: `Bearer ${w.secret}` } })
  ).json()) as { lists: { id: string }[] };
  return [
    `/?case=${cases.items[0]?.id}`,
    `/w/${w.workshopId}#k=${joined.secret}`,
    `/w/${w.workshopId}/print?list=${state.lists[0]?.id}#k=${w.secret}`,
  ];
}

/**
 * Walks every route in one language at one width and fails with every problem found, named by route.
 * `states` (listStates) are checked the same way, except that their titles are their routes'.
 * `axePages` bounds the pages (routes, then states) axe checks: axe is most of a walk's time, and the
 * walks share its work out so that it checks every page once at each width (walkEveryRoute).
 */
export async function walk(
  s: Session,
  routes: string[],
  locale: string,
  width: number,
  axePages = Number.POSITIVE_INFINITY,
  states: string[] = [],
) {
  const { page, context } = await s.newPage({ locale });
  const language = locale.split("-")[0] ?? locale;
  // The reader picked the language in the menu, so the workshop's page (in English) stays in it too.
  await context.addInitScript((l) => localStorage.setItem("atlas.locale", l), language);
  await page.setViewportSize({ width, height: 844 });
  const expectedLanguage = `${language} ${language === "ar" ? "rtl" : "ltr"}`;
  const titles = new Map<string, string>();
  const failures: string[] = [];
  for (const [index, route] of [...routes, ...states].entries()) {
    const isState = index >= routes.length;
    const facts = await visit(page, route, index < axePages).catch((error: Error) => {
      failures.push(`${route}: never settled (${error.message.split("\n")[0]})`);
      return undefined;
    });
    if (!facts) continue;
    if (facts.h1Count !== 1) failures.push(`${route}: ${facts.h1Count} h1`);
    if (facts.overflow > 0) failures.push(`${route}: scrolls ${facts.overflow} px sideways`);
    if (facts.language !== expectedLanguage) failures.push(`${route}: lang and dir "${facts.language}"`);
    for (const f of facts.findings) failures.push(`${route}: axe ${f.impact} ${f.id} at ${f.nodes.join(", ")}`);
    if (isState) continue;
    const twin = titles.get(facts.title);
    if (twin) failures.push(`${route}: same title as ${twin} ("${facts.title}")`);
    titles.set(facts.title, route);
  }
  await context.close();
  expect(failures).toEqual([]);
  return [...titles.keys()];
}

/**
 * The walks of one language at a desktop and a phone width, every route then the main states (a case
 * selected, the workshop as a participant, the printed list), as tests of the calling describe block.
 * axe checks every page at `axeWidth` only: a page's rules read its structure, names and colours, which
 * differ between the two widths (the phone's menu, its narrower layouts) and between languages only in
 * the names' words. So the English walk runs axe at the desktop width and the Arabic one at the phone
 * width: every page is checked once at each width, in a left-to-right and a right-to-left language,
 * each taking half the time axe took on all four. `check` reads the titles the walk found.
 */
export function walkEveryRoute(
  s: Session,
  locale: string,
  axeWidth: 1280 | 390,
  check: (titles: string[]) => void = () => {},
) {
  let routes: string[];
  let states: string[];
  beforeAll(async () => {
    routes = await listRoutes(s);
    states = await listStates(s);
  });
  for (const width of [1280, 390]) {
    const axe = width === axeWidth;
    it(`${locale} at ${width} px: ${axe ? "axe finds nothing serious, " : ""}no sideways scroll, one h1, a title of its own, the language's direction`, async () => {
      check(await walk(s, routes, locale, width, axe ? Number.POSITIVE_INFINITY : 0, states));
      // Twenty-three full page loads (and axe runs): minutes on a busy two-core machine.
    }, 600_000);
  }
}
