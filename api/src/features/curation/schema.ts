/** The curation API contract: the review queue, decisions, direct edits and restores. */
import { correctionSchema } from "@atlas/db/records/proposals";
import { proposalStatuses, recordKinds } from "@atlas/db/schema";
import { userText } from "@atlas/db/text";
import { z } from "@hono/zod-openapi";
import { listParam, pageParams } from "../../http/query.ts";

const kind = z.enum(recordKinds);
const version = z.number().int().min(1).openapi({ description: "the proposal's version this decision is based on" });
const message = userText({ max: 4_000, required: true });
const optionalMessage = userText({ max: 4_000 }).optional();

export const queueQuery = z.object({
  kind: kind.optional(),
  status: listParam("proposal statuses (default: pending and changes-requested)").pipe(
    z.array(z.enum(proposalStatuses)).optional(),
  ),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .optional(),
  channel: z.enum(["form", "data", "import"]).optional(),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional().openapi({ type: "integer" }),
  ...pageParams,
});

const proposalSummary = z
  .object({
    id: z.string(),
    kind,
    action: z.enum(["create", "correct", "update"]),
    channel: z.enum(["form", "data", "import"]),
    status: z.enum(proposalStatuses),
    title: z.string(),
    targetId: z.string(),
    country: z.string().nullable(),
    proposerName: z.string().nullable(),
    batchId: z.string().nullable(),
    messageCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ProposalSummary");

export const queue = z
  .object({
    items: z.array(proposalSummary),
    total: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("ProposalQueue");

const duplicate = z.object({
  kind,
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  similarity: z.number(),
  distanceKm: z.number().nullable(),
});
const document = z.record(z.string(), z.unknown());

export const proposalDetail = z
  .object({
    id: z.string(),
    kind,
    action: z.enum(["create", "correct", "update"]),
    targetId: z.string(),
    channel: z.enum(["form", "data", "import"]),
    country: z.string().nullable(),
    status: z.enum(proposalStatuses),
    proposerName: z.string().nullable(),
    baseRevision: z.number().int().nullable(),
    batchId: z.string().nullable(),
    version: z.number().int(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    title: z.string(),
    body: document,
    current: document.nullable(),
    currentRevision: z.number().int().nullable(),
    proposed: document.nullable(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    newStakeholders: z.array(document),
    newSources: z.array(document),
    duplicates: z.object({ record: z.array(duplicate), stakeholders: z.record(z.string(), z.array(duplicate)) }),
    messages: z.array(
      z.object({
        author: z.string(),
        curatorName: z.string().nullable(),
        kind: z.string(),
        body: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("ProposalDetail");

export const proposalParams = z.object({ id: z.string().min(1).max(64) });
export const recordParams = z.object({ kind, id: z.string().min(1).max(200) });

export const askBody = z.object({ version, message }).openapi("AskBody");
export const rejectBody = z.object({ version, reason: message }).openapi("RejectBody");
export const acceptBody = z.object({ version, message: optionalMessage }).openapi("AcceptBody");
export const mergeBody = z
  .object({ version, into: z.string().min(1).max(200), message: optionalMessage })
  .openapi("MergeBody");
export const editProposalBody = z
  .object({ version, bundle: z.record(z.string(), z.unknown()).optional(), correction: correctionSchema.optional() })
  .openapi("EditProposalBody");
export const published = z.object({ kind, id: z.string() }).openapi("PublishedRecord");

export const recordForEdit = z
  .object({ kind, id: z.string(), revision: z.number().int(), doc: document })
  .openapi("RecordForEdit");
export const editRecordBody = z
  .object({
    revision: z.number().int().min(1).openapi({ description: "the revision this edit is based on" }),
    doc: document,
    reason: message,
  })
  .openapi("EditRecordBody");
export const restoreBody = z
  .object({
    revision: z.number().int().min(1).openapi({ description: "the current revision, as loaded" }),
    number: z.number().int().min(1).openapi({ description: "the revision to make current again" }),
    reason: userText({ max: 4_000 }).default(""),
  })
  .openapi("RestoreBody");
