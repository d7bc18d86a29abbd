/** axe-core, the standard accessibility rules engine, run inside a page by its public API. */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource: string = createRequire(import.meta.url)("axe-core").source;

export interface AxeFinding {
  id: string;
  impact: string;
  nodes: string[];
}

/** The critical and serious findings on the page as it is now. */
export async function seriousFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}
