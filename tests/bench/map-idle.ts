/** Time from navigation to an idle explore map with its clusters drawn, in Chromium. */
import { type Browser, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

/**
 * Waits until the explore map is idle: loaded, its case source drawn, and cluster markers on it.
 * Resolves the page's clock (performance.now()) at the frame that state was first seen, read in the
 * page itself so that a busy main thread does not add the time of a round trip to it.
 */
export async function waitForClusters(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const map = (
        document.querySelector(".case-map") as unknown as {
          maplibreMap?: { loaded(): boolean; isSourceLoaded(id: string): boolean };
        } | null
      )?.maplibreMap;
      const idle =
        !!map && map.loaded() && map.isSourceLoaded("cases") && document.querySelectorAll(".cluster-marker").length > 0;
      return idle && performance.now();
    },
    undefined,
    { polling: "raf", timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from navigation start until the map is idle with cluster markers drawn, and the case count shown. */
export async function timeToIdle(browser: Browser, url: string): Promise<{ ms: number; cases: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const ms = await waitForClusters(page, 120_000);
    const cases = Number(
      await page.evaluate(() =>
        document
          .querySelector("#results-heading")
          ?.textContent?.match(/[\d,.\s]+/)?.[0]
          ?.replace(/[,.\s]/g, ""),
      ),
    );
    return { ms, cases };
  } finally {
    await context.close();
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
