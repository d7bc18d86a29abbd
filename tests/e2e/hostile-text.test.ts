import { beforeAll, describe, expect, it } from "vitest";
import { memberApi } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";
import { hostileText, hostileUrl, sidewaysOverflow } from "./hostile-text.ts";

describe.skipIf(!hasChromium)("hostile text in every workshop field", () => {
  const s = suiteSession();
  let workshopPath: string;
  let printPath: string;
  let itemTitle: string;

  beforeAll(async () => {
    const api = memberApi(s.server.url, { strict: true });
    const w = await api<{ workshopId: string; secret: string }>("POST", "/workshops", {
      title: hostileText(120),
      language: "en",
      facilitatorName: hostileText(60),
    });
    const state = await api<{ lists: { id: string }[] }>("GET", `/workshops/${w.workshopId}`, undefined, w.secret);
    const listId = state.lists[0]?.id ?? "";
    await api("PATCH", `/workshops/${w.workshopId}/lists/${listId}`, { title: hostileText(120), version: 1 }, w.secret);
    itemTitle = hostileText(200);
    const item = await api<{ id: string; version: number }>(
      "POST",
      `/workshops/${w.workshopId}/lists/${listId}/items`,
      { title: itemTitle, description: hostileText(4000), phase: "co-design" },
      w.secret,
    );
    // One edit, so the step's history has an earlier version to show.
    await api(
      "PATCH",
      `/workshops/${w.workshopId}/items/${item.id}`,
      { title: itemTitle, description: hostileText(3999), phase: "co-design", version: item.version },
      w.secret,
    );
    const cases = await api<{ items: { id: string }[] }>("GET", "/cases?pageSize=1");
    const caseId = cases.items[0]?.id ?? "";
    await api(
      "POST",
      `/workshops/${w.workshopId}/items/${item.id}/evidence`,
      { caseId, why: hostileText(500) },
      w.secret,
    );
    await api("POST", `/workshops/${w.workshopId}/items/${item.id}/comments`, { body: hostileText(2000) }, w.secret);
    workshopPath = `/w/${w.workshopId}#k=${w.secret}`;
    printPath = `/w/${w.workshopId}/print?list=${listId}#k=${w.secret}`;
  });

  it("wraps it on a 390 px phone: no page scrolls sideways, and addresses are safe links", async () => {
    const { page } = await s.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(workshopPath);
    await page.locator(".ws-description").waitFor();
    await page.getByRole("button", { name: /^Comments/ }).click();
    await page.locator(".ws-comments li").first().waitFor();
    await page.getByRole("button", { name: /^History/ }).click();
    await page.locator(".ws-history-text").first().waitFor();
    expect(await page.evaluate(sidewaysOverflow)).toBe(0);

    const links = page.locator(".user-text a");
    // The description, the evidence's reason, the comment and the history each show the address.
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(4);
    for (const link of await links.all()) {
      expect(await link.getAttribute("href")).toBe(hostileUrl);
      expect(await link.getAttribute("rel")).toBe("noopener nofollow ugc");
    }
    // Markup is shown as words, never run.
    expect(await page.locator(".ws-description img").count()).toBe(0);

    await page.goto(printPath);
    await page.locator(".ws-print .ws-description").waitFor();
    expect(await page.evaluate(sidewaysOverflow)).toBe(0);
    expect(await page.locator(".ws-print .user-text a").count()).toBeGreaterThanOrEqual(1);
    // Leaving the workshop page ends its live event stream: that abort is expected, nothing else is.
    expect(s.problems.filter((p) => !/\/events\?.*ERR_ABORTED/.test(p))).toEqual([]);
  });

  it("wraps it at 1280 px too", async () => {
    const { page } = await s.newPage();
    await page.goto(workshopPath);
    await page.getByRole("heading", { level: 3, name: itemTitle.slice(0, 40) }).waitFor();
    expect(await page.evaluate(sidewaysOverflow)).toBe(0);
  });
});
