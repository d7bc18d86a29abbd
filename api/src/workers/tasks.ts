/**
 * The CPU-heavy tasks worker threads run, by name. Each is a pure function of plain data (passed by
 * structured clone), so the same code runs inline where there are no threads (tests, tools).
 */
import type { MessagePort } from "node:worker_threads";
import { buildMovedMapIndex, type MapIndexTask } from "../features/cases/map-index-transfer.ts";
import { computeNetworkFile, type NetworkTask } from "../features/network/compute.ts";

export type Task = { kind: "network"; input: NetworkTask } | { kind: "map-index"; input: MapIndexTask };

export type TaskResult<T extends Task> = T extends { kind: "network" }
  ? ReturnType<typeof computeNetworkFile>
  : T extends { kind: "map-index" }
    ? ReturnType<typeof buildMovedMapIndex>
    : never;

export function runTask<T extends Task>(task: T, onProgress?: (done: number) => void): TaskResult<T> {
  switch (task.kind) {
    case "network":
      return computeNetworkFile(task.input, onProgress) as TaskResult<T>;
    case "map-index":
      return buildMovedMapIndex(task.input) as TaskResult<T>;
  }
  throw new Error(`unknown task ${(task as { kind: string }).kind}`);
}

/** Piscina's handler: the task, and a port for progress when the caller wants it. */
export function runInWorker({ task, progress }: { task: Task; progress?: MessagePort }) {
  try {
    return runTask(task, progress ? (done) => progress.postMessage(done) : undefined);
  } finally {
    progress?.close();
  }
}
