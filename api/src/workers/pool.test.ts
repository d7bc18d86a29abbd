import { afterAll, describe, expect, it } from "vitest";
import type { NetworkTask } from "../features/network/compute.ts";
import { rowsOf } from "../features/network/testing.ts";
import { createMetrics } from "../ops/metrics.ts";
import { createWorkerPool, inlineWorkers, withTaskMetrics } from "./pool.ts";

const pool = createWorkerPool(1);
afterAll(() => pool.close());

const task = (format: NetworkTask["format"]): { kind: "network"; input: NetworkTask } => ({
  kind: "network",
  input: { rows: rowsOf(), options: { view: "stakeholders", coParticipation: true }, format },
});

describe("the worker pool", () => {
  it("computes a network in a worker thread, as the request thread would, reporting progress", async () => {
    const progress: number[] = [];
    const inThread = await pool.run(task("json"), (done) => progress.push(done));
    expect(inThread).toEqual(await inlineWorkers.run(task("json")));
    const network = JSON.parse((inThread as { body: string }).body);
    expect(network.nodes.map((n: { id: string }) => n.id)).toEqual(["city", "coop", "residents"]);
    await expect.poll(() => progress.at(-1)).toBe(1);
  });

  it("queues what exceeds its threads and says how many wait", async () => {
    const runs = Array.from({ length: 6 }, () => pool.run(task("graphml")));
    expect(pool.queueLength()).toBeGreaterThan(0);
    const files = await Promise.all(runs);
    expect(new Set(files.map((f) => ("body" in f ? f.body : "")))).toHaveProperty("size", 1);
    expect(pool.queueLength()).toBe(0);
  });

  it("counts each task in the metrics by kind and outcome, failures included, and passes errors on", async () => {
    const metrics = createMetrics({ processMetrics: false });
    const counted = withTaskMetrics(inlineWorkers, metrics);
    await counted.run(task("json"));
    const unknown = { kind: "no-such-task", input: {} } as unknown as Parameters<typeof counted.run>[0];
    await expect(counted.run(unknown)).rejects.toThrow("unknown task no-such-task");
    const text = await metrics.registry.metrics();
    expect(text).toContain('atlas_worker_task_duration_seconds_count{kind="network",outcome="done"} 1');
    expect(text).toContain('atlas_worker_task_duration_seconds_count{kind="no-such-task",outcome="failed"} 1');
  });
});
