import type { Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, suiteSession } from "./browser.ts";

const catalogue = /\/assets\/(en|es|fr|ar|it|el)-[\w-]+\.js$/;

describe.skipIf(!hasChromium)("the first load", () => {
  const s = suiteSession();

  it("sends the entry script in Brotli, immutable, and only the reader's catalogue", async () => {
    const { page } = await s.newPage({ locale: "fr-FR" });
    const responses: Response[] = [];
    page.on("response", (r) => responses.push(r));
    await page.goto("/");
    await page.locator(".case-card").first().waitFor();
    const entry = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[type=module]")?.src);
    const script = responses.find((r) => r.url() === entry);
    if (!script) throw new Error(`no response for the entry script ${entry}`);
    const headers = await script.allHeaders();
    expect(headers["content-encoding"]).toBe("br");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const loaded = () => responses.map((r) => catalogue.exec(new URL(r.url()).pathname)?.[1]).filter(Boolean);
    expect(loaded()).toEqual(["fr"]);

    await page.getByLabel("Langue").selectOption("ar");
    // The page switches once the Arabic catalogue has arrived: wait for that state, however slow the machine.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe("ar");
    expect(loaded()).toEqual(["fr", "ar"]);
    expect(s.problems).toEqual([]);
  });
});
