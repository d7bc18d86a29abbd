/**
 * Worker threads for work that would hold the request thread for more than ~50 ms (network metrics
 * and their exports): a piscina pool of `threads` workers, its queue length for the metrics. A
 * waiting person can be shown progress: tasks report the share done through a MessagePort.
 */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { MessageChannel } from "node:worker_threads";
import Piscina from "piscina";
import type { Metrics } from "../ops/metrics.ts";
import { runTask, type Task, type TaskResult } from "./tasks.ts";

export interface Workers {
  run: <T extends Task>(task: T, onProgress?: (done: number) => void) => Promise<TaskResult<T>>;
  /** Tasks waiting for a free thread. */
  queueLength: () => number;
  close: () => Promise<void>;
}

export function createWorkerPool(threads = Math.max(1, availableParallelism() - 1)): Workers {
  const pool = new Piscina({
    filename: new URL("./worker.mjs", import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    // A thread keeps the heap of its largest task (~90 MB after a map index of 100,000 points, several
    // hundred at a million) until it ends; a new one costs ~0.3 s of loading. Tasks are rare: their
    // answers are cached by data version.
    idleTimeout: 20_000,
  });
  return {
    run: async (task, onProgress) => {
      if (!onProgress) return pool.run({ task });
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (done: number) => onProgress(done));
      try {
        return await pool.run({ task, progress: port2 }, { transferList: [port2] });
      } finally {
        port1.close();
      }
    },
    queueLength: () => pool.queueSize,
    close: () => pool.destroy(),
  };
}

/** The same tasks on the calling thread, one at a time: for tests and tools without a pool. */
export const inlineWorkers: Workers = {
  run: async (task, onProgress) => runTask(task, onProgress),
  queueLength: () => 0,
  close: async () => {},
};

/** These workers, each task counted and timed in the metrics by kind and outcome. */
export function withTaskMetrics(workers: Workers, metrics: Pick<Metrics, "observeTask">): Workers {
  return {
    ...workers,
    run: async (task, onProgress) => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const result = await workers.run(task, onProgress);
        metrics.observeTask({ kind: task.kind, outcome: "done" }, seconds());
        return result;
      } catch (error) {
        metrics.observeTask({ kind: task.kind, outcome: "failed" }, seconds());
        throw error;
      }
    },
  };
}
