import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

describe("lowering the dots per member", () => {
  it("leaves a member over budget, shown in their state; they can take dots back but place none until within it", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const steps = [];
    for (const title of ["A", "B"]) {
      const add = ana.api.workshops[":id"].lists[":listId"].items.$post({
        param: { id: w.id, listId: w.listId },
        json: { title, phase: "co-design" },
      });
      steps.push((await bodyAt(add, 201)).id);
    }
    const [a, b] = steps as [string, string];
    const vote = (itemId: string, dots: number) =>
      ana.api.workshops[":id"].items[":itemId"].vote.$put({ param: { id: w.id, itemId }, json: { dots } });
    expect((await vote(a, 3)).status).toBe(200);
    expect((await vote(b, 2)).status).toBe(200);
    const workshop = (api: typeof w.api) => api.workshops[":id"];
    const settings = await bodyAt(workshop(w.api).$get({ param: { id: w.id } }), 200);
    const lowered = await workshop(w.api).$patch({
      param: { id: w.id },
      json: { version: settings.version, dotsPerMember: 3 },
    });
    expect(lowered.status).toBe(200);
    const state = await bodyAt(workshop(ana.api).$get({ param: { id: w.id } }), 200);
    expect(state).toMatchObject({ dotsPerMember: 3, myDotsUsed: 5 });
    expect((await bodyAt(vote(a, 4), 409)).error.code).toBe("vote_budget_exceeded");
    expect(await bodyAt(vote(a, 2), 200)).toMatchObject({ dots: 2, used: 4, budget: 3 });
    expect(await bodyAt(vote(b, 1), 200)).toMatchObject({ dots: 1, used: 3, budget: 3 });
    expect((await vote(b, 2)).status).toBe(409);
  });
});
