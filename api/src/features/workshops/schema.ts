/** The workshops API contract: request bodies and parameters, response bodies, from which OpenAPI is generated. */

import { locales, workshopPhases } from "@atlas/db/schema";
import { userText } from "@atlas/db/text";
import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { agendaKinds } from "../../contract.ts";
import { failureSet, ok } from "../../http/openapi.ts";
import { sourceRef } from "../sources/schema.ts";
import { agendaPlanInput, agendaTemplateNames, agendaView } from "./agenda-model.ts";
import {
  commentRecord,
  evidenceRecord,
  itemRecord,
  itemSnapshot,
  listRecord,
  memberRecord,
  personRecord,
  workshopRecord,
} from "./records.ts";

const text = (max: number) => userText({ max });
const required = (max: number) => userText({ max, required: true });
/** A member's name, shown beside everything they write. */
const name = userText({ max: 60, required: true, name: true });
/** A workshop's or a list's title, shown among others: one line, read as it displays. */
const title = userText({ max: 120, required: true, name: true });
const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be an id of letters, digits, - and _");
const version = z.number().int().min(1).openapi({ description: "the version this change is based on" });
const phase = z.enum(workshopPhases);
const stakeholderTypes = z
  .array(z.string().regex(/^[a-z0-9-]+$/, "must be a stakeholder type key, such as public-local"))
  .max(12, "at most 12 stakeholder types")
  .default([])
  .openapi({ description: "keys of the stakeholderType vocabulary" });

export const maxWriteBytes = 32_768;

/** What every workshop route shares in its OpenAPI operation. */
export const tags = ["workshops"];
export const security = [{ workshopSecret: [] }];

export const failures = failureSet({
  403: "Only the facilitator can do this",
  404: "No such workshop for this secret (non-members are told the same), or no such record in it",
  409: "Conflicts with the current state: a newer version (the current record is in details), a closed workshop or a locked phase",
  413: "The body is larger than 32 KiB",
  429: "Too many attempts from this address or for this code; Retry-After says when to try again",
});
/** Failures every member write can meet. */
export const writeFailures = failures(400, 404, 409, 413, 415);
export const facilitatorFailures = failures(400, 403, 404, 409, 413, 415);

export const workshopParams = z.object({ id: recordId });
export const listParams = z.object({ id: recordId, listId: recordId });
export const itemParams = z.object({ id: recordId, itemId: recordId });
export const evidenceParams = z.object({ id: recordId, itemId: recordId, evidenceId: z.coerce.number().int().min(1) });
export const commentParams = z.object({ id: recordId, commentId: recordId });
export const phaseParams = z.object({ id: recordId, phase });
export const memberParams = z.object({ id: recordId, memberId: recordId });

/** The body of a write that needs none: `{}`, sent as JSON like every write. */
export const emptyBody = z.object({}).openapi("EmptyBody");

export const createWorkshopBody = z
  .object({
    title,
    territory: text(120).default(""),
    challenge: text(1000).default(""),
    language: z.enum(locales),
    dotsPerMember: z.number().int().min(1).max(50).default(5),
    facilitatorName: name,
    listTitle: title.optional().openapi({ description: "title of the first list" }),
    agendaTemplate: z
      .enum(agendaTemplateNames)
      .optional()
      .openapi({ description: "start with the agenda of one of the programme's mornings" }),
  })
  .openapi("CreateWorkshop");

export const joinBody = z
  .object({
    code: z.string().trim().min(1, "must not be empty").max(40),
    name,
  })
  .openapi("JoinWorkshop");

export const settingsBody = z
  .object({
    version,
    title: title.optional(),
    territory: text(120).optional(),
    challenge: text(1000).optional(),
    language: z.enum(locales).optional(),
    dotsPerMember: z.number().int().min(1).max(50).optional(),
    votesHidden: z.boolean().optional(),
  })
  .openapi("WorkshopSettingsChange");

export const timerBody = z
  .object({ seconds: z.number().int().min(10).max(14_400), label: text(80).default("") })
  .openapi("Timer");

export const agendaBody = agendaPlanInput.extend({ version }).openapi("AgendaChange");
export const agendaTemplateBody = z
  .object({ template: z.enum(agendaTemplateNames), version })
  .openapi("AgendaTemplate");
const from = recordId
  .nullable()
  .openapi({ description: "the item you saw as current; null before the start or after the end" });
export const agendaMoveBody = z.object({ from }).openapi("AgendaMove");
export const agendaExtendBody = z.object({ from, minutes: z.number().int().min(1).max(120) }).openapi("AgendaExtend");

export const listBody = z.object({ title }).openapi("NewList");
export const listChangeBody = z.object({ title, version }).openapi("ListChange");

export const itemBody = z
  .object({ title: required(200), description: text(4000).default(""), phase, stakeholderTypes })
  .openapi("NewItem");
export const itemChangeBody = itemBody.extend({ version }).openapi("ItemChange");

export const moveBody = z
  .object({ afterId: recordId.nullable().openapi({ description: "the step to follow; null for first" }) })
  .openapi("Move");

export const mergeBody = z
  .object({
    sourceId: recordId.openapi({ description: "the step merged into this one, then removed" }),
    sourceVersion: version,
    version,
    title: required(200),
    description: text(4000).default(""),
  })
  .openapi("Merge");

export const evidenceBody = z
  .object({ caseId: z.string().min(1).max(200), why: text(500).default("") })
  .openapi("NewEvidence");

export const voteBody = z.object({ dots: z.number().int().min(0).max(50) }).openapi("Vote");
export const commentBody = z.object({ body: required(2000) }).openapi("NewComment");

export const streamQuery = z.object({
  token: z.string().min(1).max(400).openapi({ description: "a stream token from POST …/stream-tokens" }),
  since: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ type: "integer", description: "replay events after this id (as Last-Event-ID)" }),
});
export const streamHeaders = z.object({ "last-event-id": z.coerce.number().int().min(0).optional() });

export const historyQuery = z.object({
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ type: "integer", description: "only changes older than this revision id (the `next` of a page)" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ type: "integer", description: "changes per page, 1 to 200" }),
});

export const exportFormats = ["json", "markdown", "csv"] as const;
export const exportQuery = z.object({ format: z.enum(exportFormats).default("json") });

// Response shapes, built on the record shapes of records.ts (themselves derived from the tables).
const member = memberRecord.openapi("Member");
export const removedMember = member.extend({ removed: z.literal(true) }).openapi("RemovedMember");

export const workshopSettings = workshopRecord
  .omit({ timerEndsAt: true, timerLabel: true, agenda: true, agendaRun: true, agendaVersion: true })
  .extend({
    agenda: agendaView.nullable(),
    votesHidden: z.boolean(),
    timer: z.object({ endsAt: z.number(), remainingMs: z.number(), label: z.string() }).nullable(),
  })
  .openapi("WorkshopSettings");

export const listSummary = listRecord
  .extend({ position: z.number().int(), removed: z.boolean() })
  .openapi("WorkshopList");

export const workshop = workshopSettings
  .extend({
    me: member,
    members: z.array(member),
    lists: z.array(listSummary),
    myDotsUsed: z.number().int(),
    eventId: z.number().int().openapi({ description: "the latest event included; stream from here" }),
  })
  .openapi("Workshop");

export const item = itemRecord
  .omit({ dots: true, votesHidden: true })
  .extend({
    position: z.number().int(),
    evidence: z.array(
      evidenceRecord.extend({
        caseId: z.string().nullable().openapi({ description: "null once the case has left the atlas" }),
      }),
    ),
    votes: z.number().int().nullable().openapi({ description: "null while votes are hidden" }),
    myDots: z.number().int(),
    removed: z.boolean(),
  })
  .openapi("WorkshopItem");

export const listDetail = z
  .object({ list: listSummary, items: z.array(item), eventId: z.number().int() })
  .openapi("WorkshopListDetail");

export const order = z.object({ listId: z.string(), order: z.array(z.string()) }).openapi("WorkshopOrder");

export const comment = commentRecord
  .extend({
    body: z.string().nullable().openapi({ description: "null once removed by the facilitator" }),
    removed: z.boolean(),
  })
  .openapi("WorkshopComment");

export const revision = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    kind: z.string(),
    author: personRecord,
    snapshot: itemSnapshot,
    detail: z.record(z.string(), z.unknown()).nullable(),
    createdAt: z.string(),
  })
  .openapi("WorkshopRevision");

export const history = z
  .object({
    items: z.array(revision),
    next: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "the `before` that gives the next, older page; null when there is none" }),
  })
  .openapi("WorkshopHistory");

export const created = z
  .object({
    workshopId: z.string(),
    member,
    secret: z.string().openapi({ description: "the member's secret: keep it, it is shown once" }),
    joinCode: z.string().openapi({ description: "the code participants join with, shown once" }),
  })
  .openapi("CreatedWorkshop");

export const joined = z.object({ workshopId: z.string(), member, secret: z.string() }).openapi("JoinedWorkshop");
export const joinCode = z.object({ joinCode: z.string() }).openapi("JoinCode");
export const streamToken = z.object({ token: z.string(), expiresAt: z.number() }).openapi("StreamToken");
export const voteResult = z
  .object({ itemId: z.string(), dots: z.number().int(), used: z.number().int(), budget: z.number().int() })
  .openapi("VoteResult");

export const report = z
  .object({
    workshop: z.object({ title: z.string(), territory: z.string(), challenge: z.string(), language: z.enum(locales) }),
    list: z.object({ id: z.string(), title: z.string() }),
    votesShown: z.boolean(),
    generatedAt: z.string(),
    steps: z.array(
      z.object({
        number: z.number().int(),
        title: z.string(),
        description: z.string(),
        phase,
        phaseLabel: z.string(),
        stakeholderTypes: z.array(z.object({ key: z.string(), label: z.string() })),
        votes: z.number().int().nullable(),
        evidence: z.array(
          z.object({
            caseId: z.string().nullable(),
            title: z.string(),
            place: z.string(),
            why: z.string(),
            location: z.object({ longitude: z.number(), latitude: z.number() }).nullable().openapi({
              description: "where the case is on the map (WGS 84); null when the atlas has no point for it",
            }),
            sources: z.array(sourceRef.pick({ title: true, url: true, publisher: true, year: true })),
          }),
        ),
      }),
    ),
    feedback: z
      .array(
        z.object({
          itemNumber: z.number().int().openapi({ description: "the agenda item's place in the agenda, from 1" }),
          itemKind: z.enum(agendaKinds),
          itemTitle: z.string().openapi({ description: "empty when the item is named by its kind" }),
          author: z.string(),
          worked: z.string(),
          change: z.string(),
        }),
      )
      .openapi({ description: "feedback on the agenda's webinars, in agenda order" }),
  })
  .openapi("WorkshopReport");

export type Report = z.infer<typeof report>;
export type Revision = z.infer<typeof revision>;
export type CreateWorkshop = z.infer<typeof createWorkshopBody>;
export type SettingsChange = z.infer<typeof settingsBody>;
export type AgendaInput = z.infer<typeof agendaBody>;
export type AgendaTemplateInput = z.infer<typeof agendaTemplateBody>;
export type ItemInput = z.infer<typeof itemBody>;
export type MergeInput = z.infer<typeof mergeBody>;

/** A facilitator's change of the workshop's settings (the agenda, the switches): answered with the settings after it. */
export const settingsRoute = <
  const M extends "post" | "put" | "delete",
  const P extends string,
  const R extends RouteConfig["request"],
>(route: {
  method: M;
  path: P;
  summary: string;
  request: R;
  answer: string;
}) =>
  createRoute({
    tags,
    security,
    method: route.method,
    path: route.path,
    summary: route.summary,
    request: route.request,
    responses: { 200: ok(workshopSettings, route.answer), ...facilitatorFailures },
  });
