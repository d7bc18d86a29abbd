import { openDatabase } from "@atlas/db/client";
import { publishBundle } from "@atlas/db/records/bundle";
import { recordChangeStatements, runGuarded } from "@atlas/db/records/write";
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

describe.skipIf(!hasChromium)("hostile text in a case record", () => {
  const s = suiteSession();
  let caseId: string;
  let stakeholderId: string;
  let otherCaseId: string;

  beforeAll(async () => {
    const get = async <T>(path: string) => (await fetch(`${s.server.url}/api${path}`)).json() as Promise<T>;
    const cases = await get<{ items: { id: string }[] }>("/cases?pageSize=1");
    otherCaseId = cases.items[0]?.id ?? "";
    const other = await get<{ participants: { stakeholderId: string }[]; sources: { id: string }[] }>(
      `/cases/${otherCaseId}`,
    );
    stakeholderId = other.participants[0]?.stakeholderId ?? "";
    caseId = "hostile-text-case";
    // Published as a curator would, through the same path as an accepted contribution. Without the
    // bidirectional override: the record schema refuses it in any text of a record.
    const db = await openDatabase({ url: s.databaseUrl });
    const published = await publishBundle(
      db,
      "case",
      {
        record: {
          id: caseId,
          title: hostileText(300, false),
          summary: hostileText(4200, false),
          description: hostileText(4200, false),
          country: "TN",
          city: hostileText(80, false),
          latitude: 36.8,
          longitude: 10.18,
          locationPrecision: "city",
          outcomes: hostileText(4200, false),
          lessons: hostileText(4200, false),
          phase: ["co-delivery"],
          participants: [{ stakeholder: stakeholderId, role: "provider", note: hostileText(500, false) }],
          sources: [other.sources[0]?.id],
        },
      },
      { action: "create", origin: "curator", curatorId: null },
    );
    await runGuarded(db, [...published.statements, ...recordChangeStatements(db, published.changes)]);
    db.$client.close();
  });

  it("wraps it on a 390 px phone on every page that shows the case, and never runs its markup", async () => {
    const { page } = await s.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // What shows the case: its texts on its page and in the explore panel, a link to it elsewhere.
    const texts = "text=/very-long-path-segment\\/very-long-path-segment/";
    const link = `main a[href$="/cases/${caseId}"]`;
    const pages: [string, string][] = [
      [`/cases/${caseId}`, texts],
      [`/?country=TN&case=${caseId}`, texts],
      [`/compare?compare=${caseId},${otherCaseId}`, "main select"],
      [`/history/case/${caseId}`, "main h1"],
      [`/stakeholders/${stakeholderId}`, link],
    ];
    const failures: string[] = [];
    for (const [path, shows] of pages) {
      await page.goto(path);
      await page.locator("h1").first().waitFor();
      const shown = await page
        .locator(shows)
        .first()
        .waitFor({ timeout: 60_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) failures.push(`${path}: never showed the case`);
      const overflow = await page.evaluate(sidewaysOverflow);
      if (overflow > 0) failures.push(`${path}: scrolls ${overflow} px sideways`);
      if ((await page.locator("main img[src='x']").count()) > 0) failures.push(`${path}: ran the markup`);
    }
    expect(failures).toEqual([]);
    expect(s.problems).toEqual([]);
  }, 300_000);
});
