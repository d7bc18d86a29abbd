import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

describe("a step's history", () => {
  it("comes a page at a time, newest first, each page continuing where the last ended", async () => {
    const w = await testWorkshop(t);
    const add = w.api.workshops[":id"].lists[":listId"].items.$post({
      param: { id: w.id, listId: w.listId },
      json: { title: "Step 0", phase: "co-design" },
    });
    const created = await bodyAt(add, 201);
    const step = w.api.workshops[":id"].items[":itemId"];
    const param = { id: w.id, itemId: created.id };
    let version = created.version;
    for (let i = 1; i <= 11; i++) {
      const edited = await bodyAt(
        step.$patch({ param, json: { title: `Step ${i}`, phase: "co-design", version } }),
        200,
      );
      version = edited.version;
    }
    const history = (query: { limit?: string; before?: string }) => step.history.$get({ param, query });
    const whole = await bodyAt(history({}), 200);
    expect(whole.items).toHaveLength(12);
    expect(whole.next).toBeNull();
    const seen: typeof whole.items = [];
    let next: number | null = null;
    do {
      const page: typeof whole = await bodyAt(
        history({ limit: "5", ...(next === null ? {} : { before: String(next) }) }),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items);
      next = page.next;
    } while (next !== null);
    expect(seen).toEqual(whole.items);
    expect(seen.map((r) => r.version)).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
    const tooMany = await history({ limit: "500" });
    expect(tooMany.status).toBe(400);
  });
});
