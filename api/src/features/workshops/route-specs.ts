/** The workshop routes as OpenAPI operations: path, parameters, body and every documented answer. */
import { createRoute, z } from "@hono/zod-openapi";
import { errorBody } from "../../http/errors.ts";
import * as s from "./schema.ts";

const tags = ["workshops"];
const security = [{ workshopSecret: [] }];

const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
const failure = (description: string) => ({ description, content: { "application/json": { schema: errorBody } } });

const failures = {
  400: failure("A parameter or the body is not valid; the message names it"),
  403: failure("Only the facilitator can do this"),
  404: failure("No such workshop for this secret (non-members are told the same), or no such record in it"),
  409: failure(
    "Conflicts with the current state: a newer version (the current record is in details), a closed workshop or a locked phase",
  ),
  413: failure("The body is larger than 32 KiB"),
  415: failure("The body is not application/json"),
  429: failure("Too many attempts from this address or for this code; Retry-After says when to try again"),
};
type Failures = typeof failures;
const pick = <K extends keyof Failures>(...codes: K[]) =>
  Object.fromEntries(codes.map((code) => [code, failures[code]])) as Pick<Failures, K>;

/** Failures every member write can meet. */
const writeFailures = pick(400, 404, 409, 413, 415);
const facilitatorFailures = pick(400, 403, 404, 409, 413, 415);

export const createWorkshop = createRoute({
  method: "post",
  path: "/workshops",
  tags,
  summary: "Create a workshop; answers the facilitator's secret and the join code, once",
  request: jsonBody(s.createWorkshopBody),
  responses: { 201: ok(s.created, "The workshop was created"), ...pick(400, 413, 415, 429) },
});

export const joinWorkshop = createRoute({
  method: "post",
  path: "/workshops/join",
  tags,
  summary: "Join a workshop with its code and a display name; answers the participant's secret",
  request: jsonBody(s.joinBody),
  responses: { 201: ok(s.joined, "Joined"), ...pick(400, 404, 409, 413, 415, 429) },
});

export const getWorkshop = createRoute({
  method: "get",
  path: "/workshops/{id}",
  tags,
  security,
  summary: "The workshop: settings, members, lists, your dots, and the latest event id to stream from",
  request: { params: s.workshopParams },
  responses: { 200: ok(s.workshop, "The workshop"), ...pick(400, 404) },
});

export const updateSettings = createRoute({
  method: "patch",
  path: "/workshops/{id}",
  tags,
  security,
  summary: "Change the workshop's settings (facilitator), based on a version",
  request: { params: s.workshopParams, ...jsonBody(s.settingsBody) },
  responses: { 200: ok(s.workshopSettings, "The new settings"), ...facilitatorFailures },
});

export const closeWorkshop = createRoute({
  method: "post",
  path: "/workshops/{id}/close",
  tags,
  security,
  summary: "Close the workshop (facilitator): it stays readable and exportable by its members",
  request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.workshopSettings, "Closed"), ...facilitatorFailures },
});

export const reopenWorkshop = createRoute({
  method: "post",
  path: "/workshops/{id}/reopen",
  tags,
  security,
  summary: "Reopen a closed workshop (facilitator): members can change it again and the join code works",
  request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.workshopSettings, "Open"), ...facilitatorFailures },
});

export const removeMember = createRoute({
  method: "delete",
  path: "/workshops/{id}/members/{memberId}",
  tags,
  security,
  summary:
    "Remove a participant (facilitator): their secret stops working and their dots are withdrawn; what they wrote stays attributed",
  request: { params: s.memberParams },
  responses: { 200: ok(s.removedMember, "Removed"), ...facilitatorFailures },
});

export const lockPhase = createRoute({
  method: "put",
  path: "/workshops/{id}/locks/{phase}",
  tags,
  security,
  summary: "End a phase (facilitator): its steps can no longer change and their votes are shown",
  request: { params: s.phaseParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.workshopSettings, "Locked"), ...facilitatorFailures },
});

export const unlockPhase = createRoute({
  method: "delete",
  path: "/workshops/{id}/locks/{phase}",
  tags,
  security,
  summary: "Reopen a phase (facilitator)",
  request: { params: s.phaseParams },
  responses: { 200: ok(s.workshopSettings, "Reopened"), ...facilitatorFailures },
});

export const setTimer = createRoute({
  method: "put",
  path: "/workshops/{id}/timer",
  tags,
  security,
  summary: "Start a timer everyone sees (facilitator)",
  request: { params: s.workshopParams, ...jsonBody(s.timerBody) },
  responses: { 200: ok(s.workshopSettings, "The timer runs"), ...facilitatorFailures },
});

export const clearTimer = createRoute({
  method: "delete",
  path: "/workshops/{id}/timer",
  tags,
  security,
  summary: "Stop the timer (facilitator)",
  request: { params: s.workshopParams },
  responses: { 200: ok(s.workshopSettings, "No timer"), ...facilitatorFailures },
});

export const rotateJoinCode = createRoute({
  method: "post",
  path: "/workshops/{id}/join-code",
  tags,
  security,
  summary: "Replace the join code (facilitator); the old one stops working, members stay",
  request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.joinCode, "The new code, shown once"), ...facilitatorFailures },
});

export const createStreamToken = createRoute({
  method: "post",
  path: "/workshops/{id}/stream-tokens",
  tags,
  security,
  summary: "A token valid for two minutes to open the event stream (EventSource cannot send the secret)",
  request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.streamToken, "The token"), ...pick(400, 404, 413, 415) },
});

export const streamEvents = createRoute({
  method: "get",
  path: "/workshops/{id}/events",
  tags,
  summary: "Server-sent events: every change, each with its event id; resumes after Last-Event-ID or since",
  request: { params: s.workshopParams, query: s.streamQuery, headers: s.streamHeaders },
  responses: {
    200: {
      description:
        "An event stream; each data line is a JSON change (item, order, vote, comment, list, workshop, member, reset)",
      content: { "text/event-stream": { schema: z.string() } },
    },
    ...pick(400, 404),
  },
});

export const createList = createRoute({
  method: "post",
  path: "/workshops/{id}/lists",
  tags,
  security,
  summary: "Add a recommendation list",
  request: { params: s.workshopParams, ...jsonBody(s.listBody) },
  responses: { 201: ok(s.listSummary, "The list"), ...writeFailures },
});

export const getList = createRoute({
  method: "get",
  path: "/workshops/{id}/lists/{listId}",
  tags,
  security,
  summary: "A list with its steps in order",
  request: { params: s.listParams },
  responses: { 200: ok(s.listDetail, "The list"), ...pick(400, 404) },
});

export const renameList = createRoute({
  method: "patch",
  path: "/workshops/{id}/lists/{listId}",
  tags,
  security,
  summary: "Rename a list, based on a version",
  request: { params: s.listParams, ...jsonBody(s.listChangeBody) },
  responses: { 200: ok(s.listSummary, "The list"), ...writeFailures },
});

export const removeList = createRoute({
  method: "delete",
  path: "/workshops/{id}/lists/{listId}",
  tags,
  security,
  summary: "Remove a list (facilitator); its steps are kept in the database",
  request: { params: s.listParams },
  responses: { 200: ok(s.listSummary, "Removed"), ...facilitatorFailures },
});

export const sortByVotes = createRoute({
  method: "post",
  path: "/workshops/{id}/lists/{listId}/sort-by-votes",
  tags,
  security,
  summary: "Order a list by votes, most first (facilitator)",
  request: { params: s.listParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.order, "The new order"), ...facilitatorFailures },
});

export const exportList = createRoute({
  method: "get",
  path: "/workshops/{id}/lists/{listId}/export",
  tags,
  security,
  summary: "The list with evidence, places, sources and votes, as JSON (for the print page), Markdown or CSV",
  request: { params: s.listParams, query: s.exportQuery },
  responses: {
    200: {
      description: "The report",
      content: {
        "application/json": { schema: s.report },
        "text/markdown": { schema: z.string() },
        "text/csv": { schema: z.string() },
      },
    },
    ...pick(400, 404),
  },
});

export const createItem = createRoute({
  method: "post",
  path: "/workshops/{id}/lists/{listId}/items",
  tags,
  security,
  summary: "Add a step at the end of a list",
  request: { params: s.listParams, ...jsonBody(s.itemBody) },
  responses: { 201: ok(s.item, "The step"), ...writeFailures },
});

export const updateItem = createRoute({
  method: "patch",
  path: "/workshops/{id}/items/{itemId}",
  tags,
  security,
  summary: "Edit a step, based on its version; 409 with the current step if someone changed it since",
  request: { params: s.itemParams, ...jsonBody(s.itemChangeBody) },
  responses: { 200: ok(s.item, "The step"), ...writeFailures },
});

export const removeItem = createRoute({
  method: "delete",
  path: "/workshops/{id}/items/{itemId}",
  tags,
  security,
  summary: "Remove a step (facilitator); kept with its history, its dots returned",
  request: { params: s.itemParams },
  responses: { 200: ok(s.item, "Removed"), ...facilitatorFailures },
});

export const restoreItem = createRoute({
  method: "post",
  path: "/workshops/{id}/items/{itemId}/restore",
  tags,
  security,
  summary: "Bring a removed step back, at the end of its list (facilitator)",
  request: { params: s.itemParams, ...jsonBody(s.emptyBody) },
  responses: { 200: ok(s.item, "Restored"), ...facilitatorFailures },
});

export const moveItem = createRoute({
  method: "post",
  path: "/workshops/{id}/items/{itemId}/move",
  tags,
  security,
  summary: "Place a step after another, or first",
  request: { params: s.itemParams, ...jsonBody(s.moveBody) },
  responses: { 200: ok(s.order, "The new order"), ...writeFailures },
});

export const mergeItems = createRoute({
  method: "post",
  path: "/workshops/{id}/items/{itemId}/merge",
  tags,
  security,
  summary: "Merge another step into this one (facilitator), based on both versions",
  request: { params: s.itemParams, ...jsonBody(s.mergeBody) },
  responses: {
    200: ok(z.object({ target: s.item, source: s.item }), "The merged step and the removed one"),
    ...facilitatorFailures,
  },
});

export const itemHistory = createRoute({
  method: "get",
  path: "/workshops/{id}/items/{itemId}/history",
  tags,
  security,
  summary: "Every change to a step, newest first, with who made it",
  request: { params: s.itemParams },
  responses: { 200: ok(z.object({ items: z.array(s.revision) }), "The history"), ...pick(400, 404) },
});

export const addEvidence = createRoute({
  method: "post",
  path: "/workshops/{id}/items/{itemId}/evidence",
  tags,
  security,
  summary: "Link a case to a step as evidence, saying why",
  request: { params: s.itemParams, ...jsonBody(s.evidenceBody) },
  responses: { 200: ok(s.item, "The step with its evidence"), ...writeFailures },
});

export const removeEvidence = createRoute({
  method: "delete",
  path: "/workshops/{id}/items/{itemId}/evidence/{evidenceId}",
  tags,
  security,
  summary: "Unlink a case from a step",
  request: { params: s.evidenceParams },
  responses: { 200: ok(s.item, "The step"), ...writeFailures },
});

export const vote = createRoute({
  method: "put",
  path: "/workshops/{id}/items/{itemId}/vote",
  tags,
  security,
  summary: "Set your dots on a step, within your budget",
  request: { params: s.itemParams, ...jsonBody(s.voteBody) },
  responses: { 200: ok(s.voteResult, "Your dots"), ...writeFailures },
});

export const listComments = createRoute({
  method: "get",
  path: "/workshops/{id}/items/{itemId}/comments",
  tags,
  security,
  summary: "The comments on a step, oldest first",
  request: { params: s.itemParams },
  responses: { 200: ok(z.object({ items: z.array(s.comment) }), "The comments"), ...pick(400, 404) },
});

export const addComment = createRoute({
  method: "post",
  path: "/workshops/{id}/items/{itemId}/comments",
  tags,
  security,
  summary: "Comment on a step",
  request: { params: s.itemParams, ...jsonBody(s.commentBody) },
  responses: { 201: ok(s.comment, "The comment"), ...writeFailures },
});

export const removeComment = createRoute({
  method: "delete",
  path: "/workshops/{id}/comments/{commentId}",
  tags,
  security,
  summary: "Remove a comment (facilitator)",
  request: { params: s.commentParams },
  responses: { 200: ok(s.comment, "Removed"), ...facilitatorFailures },
});
