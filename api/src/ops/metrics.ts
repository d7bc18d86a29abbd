/**
 * The process's metrics in the Prometheus text format, with prom-client: request counts and latency
 * histograms per route pattern, plus gauges read at scrape time (open streams, members online,
 * worker queue, database size, last backup). Each app gets its own registry, so tests and several
 * servers in one process never share counters.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Seconds: from a cached health answer (well under 5 ms) to a whole-network export. */
const latencyBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  readonly registry: Registry;
  /** Counts one answered request under its route pattern (never the raw path, which holds ids). */
  observeRequest: (labels: { method: string; route: string; status: number }, seconds: number) => void;
  /** Counts one worker-thread task by kind and outcome, with its time (a map index build, a network's metrics). */
  observeTask: (labels: { kind: string; outcome: "done" | "failed" }, seconds: number) => void;
  /** A gauge whose value is read when Prometheus scrapes. */
  gauge: (name: string, help: string, read: () => number | undefined | Promise<number | undefined>) => void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  // Memory, CPU, event-loop lag and handles: the event-loop lag is what heavy work on the request
  // thread shows up as.
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "atlas_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "atlas_http_request_duration_seconds",
    help: "Time to the response's headers, by method, route pattern and status (event streams: until they open)",
    labelNames,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const tasks = new Histogram({
    name: "atlas_worker_task_duration_seconds",
    help: "Worker-thread tasks by kind and outcome, from queued to done: how often and how long the heavy work runs",
    labelNames: ["kind", "outcome"] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  return {
    registry,
    observeRequest: ({ method, route, status }, seconds) => {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
    observeTask: (labels, seconds) => tasks.observe(labels, seconds),
    gauge: (name, help, read) => {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          const value = await read();
          if (value === undefined) this.reset();
          else this.set(value);
        },
      });
    },
  };
}
