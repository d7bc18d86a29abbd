import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { getJson } from "./api.ts";
import { hasChromium, suiteSession } from "./browser.ts";

type CaseDetail = { id: string; title: string; participants: { stakeholderId: string; name: string }[] };
type Network = { nodes: { id: string; label: string; betweenness: number }[] };

describe.skipIf(!hasChromium)("stakeholder networks in the browser", () => {
  const s = suiteSession();
  const api = getJson(s);

  /** A case with a few stakeholders and at least one recorded relationship. */
  async function someCase(): Promise<CaseDetail> {
    const { items } = await api<{ items: { id: string }[] }>("/api/cases?pageSize=200");
    for (const { id } of items) {
      const c = await api<CaseDetail & { relationships: unknown[] }>(`/api/cases/${id}`);
      if (c.relationships.length > 0 && c.participants.length >= 3) return c;
    }
    throw new Error("no case with relationships");
  }

  it("draws a case's stakeholders as nodes; a click on one opens the stakeholder with its cases", async () => {
    const c = await someCase();
    const names = [...new Set(c.participants.map((p) => p.name))];
    const { page } = await s.newPage();
    await page.goto(`/cases/${c.id}`);
    const graph = page.getByRole("group", { name: "Network graph of the actors and their ties" });
    await expect.poll(() => graph.locator(".graph-node").count()).toBe(names.length);
    for (const name of names) {
      expect(await graph.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)},`) }).count()).toBe(1);
    }
    const first = c.participants[0];
    if (!first) throw new Error("no participant");
    await graph.getByRole("button", { name: new RegExp(`^${escapeRegExp(first.name)},`) }).click();
    await page.waitForURL(`**/stakeholders/${first.stakeholderId}`);
    await page.getByRole("heading", { level: 1, name: first.name }).waitFor();
    expect(await page.getByRole("link", { name: c.title, exact: true }).count()).toBe(1);
  });

  it("moves between nodes with the arrow keys and opens one with Enter", async () => {
    const c = await someCase();
    const { page } = await s.newPage();
    await page.goto(`/cases/${c.id}`);
    const graph = page.getByRole("group", { name: "Network graph of the actors and their ties" });
    await graph.locator(".graph-node").first().waitFor();
    await graph.locator(".graph-node[tabindex='0']").focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      if ((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) !== before) break;
    }
    const after = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(after).not.toBe(before);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/stakeholders/*");
  });

  it("explores the network of co-delivery in care, sorting the metrics by betweenness", async () => {
    const filters = "phase=co-delivery&policyDomain=care";
    const network = await api<Network>(`/api/network?${filters}`);
    const top = [...network.nodes].sort((a, b) => b.betweenness - a.betweenness)[0];
    if (!top) throw new Error("empty network");
    const { page } = await s.newPage();
    await page.goto(`/network?${filters}`);
    await expect.poll(() => page.locator(".graph-node").count()).toBe(network.nodes.length);
    const table = page.getByRole("table", { name: "Actors and their metrics" });
    await table.getByRole("button", { name: "Betweenness" }).click();
    await page.waitForURL(/rank=-betweenness/);
    // The URL changes before React renders the sorted table: wait for the table's own state.
    await expect
      .poll(() => table.getByRole("columnheader", { name: "Betweenness" }).getAttribute("aria-sort"))
      .toBe("descending");
    const firstRow = table.locator("tbody tr").first();
    await expect.poll(() => firstRow.getByRole("rowheader").textContent()).toBe(top.label);
    const values = await table.locator("tbody tr td:nth-of-type(5)").allTextContents();
    const numbers = values.map(Number);
    expect(numbers.every((n, i) => i === 0 || n <= (numbers[i - 1] ?? n))).toBe(true);
  });

  it("downloads the shown network as GraphML, following the filters", async () => {
    const filters = "phase=co-delivery&policyDomain=care";
    const network = await api<Network>(`/api/network?${filters}`);
    const { page } = await s.newPage();
    await page.goto(`/network?${filters}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "GraphML (Gephi, networkx, yEd)" }).click(),
    ]);
    // The file name carries the dataset version, so a downloaded file says which data it holds.
    expect(download.suggestedFilename()).toMatch(/^atlas-network-stakeholders-v\d+\.\d+\.\d+-[0-9a-f]{12}\.graphml$/);
    const xml = await readFile(await download.path(), "utf8");
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(xml.match(/<node id=/g)).toHaveLength(network.nodes.length);
  });

  it("shows how far the server is while a network is being computed", async () => {
    const { page } = await s.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The network's answer is held back, as for a large network, and the server reports it 40% done.
    await page.route("**/api/network?*", async (route) => {
      await held;
      await route.continue();
    });
    await page.route("**/api/network/progress?*", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ state: "computing", done: 0.4 }) }),
    );
    await page.goto("/network?phase=co-delivery");
    const status = page.getByRole("status").filter({ hasText: "Computing the network's measures: 40%" });
    await status.waitFor();
    expect(
      await page.getByRole("progressbar", { name: "Computing the network's measures" }).getAttribute("value"),
    ).toBe("0.4");
    release();
    await page.locator(".graph-node").first().waitFor();
    await expect.poll(() => status.count()).toBe(0);
  });

  it("on a 390 px phone: the graph starts on the first screen, fills its frame, and a tap beside a node selects it", async () => {
    const { page } = await s.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/network");
    const graph = page.getByRole("group", { name: "Network graph of the actors and their ties" });
    await graph.locator(".graph-node").first().waitFor({ timeout: 120_000 });
    const frame = await page.locator(".graph").boundingBox();
    if (!frame) throw new Error("no graph frame");
    expect(frame.y).toBeLessThan(844);
    // Fitted to a tall frame, the drawing uses its height, not only a square the width allows.
    const drawing = await graph.locator(".graph-nodes").boundingBox();
    expect(drawing?.height ?? 0).toBeGreaterThan(frame.height * 0.7);
    // A point a few pixels beside a small node, on no node: a finger lands there, not on the dot.
    const spot = await page.evaluate(() => {
      for (const node of document.querySelectorAll(".graph-node")) {
        const box = node.getBoundingClientRect();
        if (box.width > 10 || box.top < 0 || box.bottom > innerHeight) continue;
        for (const [dx, dy] of [
          [9, 0],
          [0, 9],
          [-9, 0],
          [0, -9],
        ] as const) {
          const x = box.left + box.width / 2 + dx;
          const y = box.top + box.height / 2 + dy;
          const hit = document.elementFromPoint(x, y);
          if (hit?.closest(".graph-svg") && !hit.closest("[data-index]")) return { x, y };
        }
      }
      return null;
    });
    if (!spot) throw new Error("no free spot beside a node");
    await page.mouse.click(spot.x, spot.y);
    await page.waitForURL(/selected=/);
  }, 180_000);

  it("finds an actor by name and selects it", async () => {
    const network = await api<Network>("/api/network");
    const wanted = [...network.nodes].sort((a, b) => b.betweenness - a.betweenness)[0];
    if (!wanted) throw new Error("empty network");
    const { page } = await s.newPage();
    await page.goto("/network");
    await page.locator(".graph-node").first().waitFor();
    await page.getByLabel("Find an actor").fill(wanted.label);
    await page.getByRole("button", { name: "Find" }).click();
    await page.waitForURL(new RegExp(`selected=${wanted.id}`));
    await page.getByRole("heading", { name: `Selected actor: ${wanted.label}` }).waitFor();
    expect(s.problems.filter((p) => p.includes("/api/network"))).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
