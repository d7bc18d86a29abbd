/**
 * Health for load balancers and orchestrators. `/health` and `/health/live` answer from memory (the
 * process's event loop turns); `/health/ready` also asks the database, with two one-row reads, and
 * says whether this process should get traffic: the database answers, its schema is the one this
 * code ships, and the process is not shutting down.
 */
import { readSchemaStatus } from "@atlas/db/schema-status";
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError, errorBody } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";

export interface HealthState {
  /** True from the moment the server starts draining (SIGTERM): readiness fails, liveness holds. */
  draining: () => boolean;
}

const alive = z.object({ status: z.literal("ok") });
const tags = ["health"];

const health = createRoute({
  method: "get",
  path: "/health",
  tags,
  summary: "Whether the API process answers (no database query: see /health/ready)",
  responses: { 200: { description: "The process answers", content: { "application/json": { schema: alive } } } },
});

const live = createRoute({
  method: "get",
  path: "/health/live",
  tags,
  summary: "Liveness: the process answers; restart it when this fails",
  responses: { 200: { description: "The process answers", content: { "application/json": { schema: alive } } } },
});

const ready = createRoute({
  method: "get",
  path: "/health/ready",
  tags,
  summary:
    "Readiness: the database answers, its migrations are the ones this code ships, and the process is not draining",
  responses: {
    200: {
      description: "Ready for traffic",
      content: {
        "application/json": { schema: z.object({ status: z.literal("ready"), migration: z.string() }) },
      },
    },
    503: {
      description:
        "Not ready: database_unreachable, migrations_pending, schema_newer (a newer version migrated the database) or draining",
      content: { "application/json": { schema: errorBody } },
    },
  },
});

export function createHealthRoutes(state: HealthState = { draining: () => false }) {
  return featureApp()
    .openapi(health, (c) => c.json({ status: "ok" as const }, 200))
    .openapi(live, (c) => c.json({ status: "ok" as const }, 200))
    .openapi(ready, async (c) => {
      c.header("cache-control", "no-store");
      if (state.draining()) throw new ApiError(503, "draining", "This process is shutting down.");
      const status = await readSchemaStatus(c.env.db.$client).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ApiError(503, "database_unreachable", `The database does not answer: ${reason}`);
      });
      if (status.state === "ahead") {
        throw new ApiError(
          503,
          "schema_newer",
          `The database was migrated past ${status.expected.tag} by a newer version: upgrade this process.`,
        );
      }
      if (status.state !== "current") {
        throw new ApiError(503, "migrations_pending", `The database is not migrated to ${status.expected.tag}.`);
      }
      return c.json({ status: "ready" as const, migration: status.expected.tag }, 200);
    });
}
