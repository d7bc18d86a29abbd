import { recordKinds, revisionActions } from "@atlas/db/schema";
import { createRoute, z } from "@hono/zod-openapi";
import { featureApp } from "../../http/feature-app.ts";
import { failures, ok } from "../../http/openapi.ts";
import { sourceRef } from "../sources/schema.ts";
import { readHistory } from "./queries.ts";

const kind = z.enum(recordKinds);
const source = sourceRef.pick({ id: true, url: true, title: true, publisher: true, year: true });
export const recordHistory = z
  .object({
    kind,
    id: z.string(),
    provenance: z.object({
      origin: z.enum(["data", "contribution", "import", "curator"]),
      proposedBy: z.string().nullable(),
      reviewedBy: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      revision: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
      deleted: z.boolean(),
    }),
    revisions: z.array(
      z.object({
        number: z.number().int(),
        action: z.enum(revisionActions),
        createdAt: z.string(),
        by: z.object({
          type: z.enum(["data-files", "curator", "proposer", "import"]),
          name: z.string().nullable(),
          reviewer: z.string().nullable(),
        }),
        reason: z.string().nullable(),
        proposalId: z.string().nullable(),
        batchId: z.string().nullable(),
        deleted: z.boolean(),
        changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        sources: z.array(source),
      }),
    ),
  })
  .openapi("RecordHistory");

const history = createRoute({
  method: "get",
  path: "/history/{kind}/{id}",
  tags: ["history"],
  summary: "A record's provenance and every revision: who, when, why, what changed, with its sources",
  request: { params: z.object({ kind, id: z.string().min(1).max(200) }) },
  responses: { 200: ok(recordHistory, "The history"), ...failures(404) },
});

export const historyRoutes = featureApp().openapi(history, async (c) => {
  const { kind, id } = c.req.valid("param");
  return c.json(await readHistory(c.env.db, kind, id), 200);
});
