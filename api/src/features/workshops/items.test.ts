import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Page = { items: { id: number; version: number; kind: string }[]; next: number | null };

describe("a step's history", () => {
  it("comes a page at a time, newest first, each page continuing where the last ended", async () => {
    const w = await testWorkshop(t);
    const created = await w.facilitator<{ id: string; version: number }>(
      "POST",
      `/workshops/${w.id}/lists/${w.listId}/items`,
      { title: "Step 0", phase: "co-design" },
    );
    let version = created.body.version;
    for (let i = 1; i <= 11; i++) {
      const edited = await w.facilitator<{ version: number }>("PATCH", `/workshops/${w.id}/items/${created.body.id}`, {
        title: `Step ${i}`,
        phase: "co-design",
        version,
      });
      version = edited.body.version;
    }
    const path = `/workshops/${w.id}/items/${created.body.id}/history`;
    const whole = await w.facilitator<Page>("GET", path);
    expect(whole.body.items).toHaveLength(12);
    expect(whole.body.next).toBeNull();
    const seen: Page["items"] = [];
    let next: number | null = null;
    do {
      const page: { status: number; body: Page } = await w.facilitator<Page>(
        "GET",
        `${path}?limit=5${next === null ? "" : `&before=${next}`}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.body.items);
      next = page.body.next;
    } while (next !== null);
    expect(seen).toEqual(whole.body.items);
    expect(seen.map((r) => r.version)).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
    const tooMany = await w.facilitator<{ error: { code: string } }>("GET", `${path}?limit=500`);
    expect(tooMany.status).toBe(400);
  });
});
