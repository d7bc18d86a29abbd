import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, testWorkshop } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Vote = { dots: number; used: number; budget: number };
type Failure = { error: { code: string } };

describe("lowering the dots per member", () => {
  it("leaves a member over budget, shown in their state; they can take dots back but place none until within it", async () => {
    const w = await testWorkshop(t, { dotsPerMember: 5 });
    const ana = await w.join("Ana");
    const steps = [];
    for (const title of ["A", "B"]) {
      const res = await ana.call<{ id: string }>("POST", `/workshops/${w.id}/lists/${w.listId}/items`, {
        title,
        phase: "co-design",
      });
      steps.push(res.body.id);
    }
    const [a, b] = steps as [string, string];
    const vote = (itemId: string, dots: number) =>
      ana.call<Vote & Failure>("PUT", `/workshops/${w.id}/items/${itemId}/vote`, { dots });
    expect((await vote(a, 3)).status).toBe(200);
    expect((await vote(b, 2)).status).toBe(200);
    const settings = await w.facilitator<{ version: number }>("GET", `/workshops/${w.id}`);
    const lowered = await w.facilitator("PATCH", `/workshops/${w.id}`, {
      version: settings.body.version,
      dotsPerMember: 3,
    });
    expect(lowered.status).toBe(200);
    const state = await ana.call<{ dotsPerMember: number; myDotsUsed: number }>("GET", `/workshops/${w.id}`);
    expect(state.body).toMatchObject({ dotsPerMember: 3, myDotsUsed: 5 });
    const more = await vote(a, 4);
    expect(more.status).toBe(409);
    expect(more.body.error.code).toBe("vote_budget_exceeded");
    const back = await vote(a, 2);
    expect(back.body).toMatchObject({ dots: 2, used: 4, budget: 3 });
    expect((await vote(b, 1)).body).toMatchObject({ dots: 1, used: 3, budget: 3 });
    expect((await vote(b, 2)).status).toBe(409);
  });
});
