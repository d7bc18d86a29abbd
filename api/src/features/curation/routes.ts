import { readHead } from "@atlas/db/records/heads";
import { createRoute } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { noStore } from "../../http/no-store.ts";
import { failure, jsonBody, ok } from "../../http/openapi.ts";
import { requireCurator } from "../accounts/guard.ts";
import * as decide from "./decide.ts";
import { listProposals, readProposal } from "./review.ts";
import * as s from "./schema.ts";

const tags = ["curation"];
const security = [{ curatorSession: [] }];
const failures = {
  400: failure("A parameter or the body is not valid; details name each field"),
  401: failure("Not signed in as a curator"),
  403: failure("The write lacks the session's CSRF token or comes from another site"),
  404: failure("No such proposal, record or revision"),
  409: failure("Decided already, changed meanwhile (reload), or refers to what the atlas no longer has"),
};
const reads = { 401: failures[401], 404: failures[404] };
const writes = { 400: failures[400], 401: failures[401], 403: failures[403], 404: failures[404], 409: failures[409] };
const done = { 204: { description: "Done" } };

const queue = createRoute({
  method: "get",
  path: "/curation/proposals",
  tags,
  security,
  summary: "The review queue: proposals by kind, status, country, channel and age, oldest first",
  request: { query: s.queueQuery },
  responses: { 200: ok(s.queue, "Proposals"), 400: failures[400], 401: failures[401] },
});
const proposal = createRoute({
  method: "get",
  path: "/curation/proposals/{id}",
  tags,
  security,
  summary: "A proposal for review: the record before and after, field by field, its sources, possible duplicates",
  request: { params: s.proposalParams },
  responses: { 200: ok(s.proposalDetail, "The proposal"), ...reads },
});
const edit = createRoute({
  method: "put",
  path: "/curation/proposals/{id}",
  tags,
  security,
  summary: "Edit a proposal before deciding it",
  request: { params: s.proposalParams, ...jsonBody(s.editProposalBody) },
  responses: { ...done, ...writes },
});
const ask = createRoute({
  method: "post",
  path: "/curation/proposals/{id}/ask",
  tags,
  security,
  summary: "Ask the proposer for changes; they see the message on their status page",
  request: { params: s.proposalParams, ...jsonBody(s.askBody) },
  responses: { ...done, ...writes },
});
const accept = createRoute({
  method: "post",
  path: "/curation/proposals/{id}/accept",
  tags,
  security,
  summary: "Accept and publish at once (map, search, network and exports follow)",
  request: { params: s.proposalParams, ...jsonBody(s.acceptBody) },
  responses: { 200: ok(s.published, "Published"), ...writes },
});
const reject = createRoute({
  method: "post",
  path: "/curation/proposals/{id}/reject",
  tags,
  security,
  summary: "Reject, with the reason the proposer will read",
  request: { params: s.proposalParams, ...jsonBody(s.rejectBody) },
  responses: { ...done, ...writes },
});
const merge = createRoute({
  method: "post",
  path: "/curation/proposals/{id}/merge",
  tags,
  security,
  summary: "Merge a proposed new record into the published record it duplicates",
  request: { params: s.proposalParams, ...jsonBody(s.mergeBody) },
  responses: { 200: ok(s.published, "Merged"), ...writes },
});
const record = createRoute({
  method: "get",
  path: "/curation/records/{kind}/{id}",
  tags,
  security,
  summary: "A published record's current document and revision, to edit it",
  request: { params: s.recordParams },
  responses: { 200: ok(s.recordForEdit, "The record"), ...reads },
});
const editRecord = createRoute({
  method: "put",
  path: "/curation/records/{kind}/{id}",
  tags,
  security,
  summary: "Change a published record (a new revision, with the reason)",
  request: { params: s.recordParams, ...jsonBody(s.editRecordBody) },
  responses: { ...done, ...writes },
});
const restore = createRoute({
  method: "post",
  path: "/curation/records/{kind}/{id}/restore",
  tags,
  security,
  summary: "Make an earlier revision current again (itself a new revision)",
  request: { params: s.recordParams, ...jsonBody(s.restoreBody) },
  responses: { ...done, ...writes },
});

const app = featureApp();
app.use("/curation/*", jsonWrites({ maxBytes: 524_288 }), noStore);

export const curationRoutes = app
  .openapi(queue, async (c) => {
    await requireCurator(c);
    return c.json(await listProposals(c.env.db, c.req.valid("query")), 200);
  })
  .openapi(proposal, async (c) => {
    await requireCurator(c);
    return c.json(await readProposal(c.env.db, c.req.valid("param").id), 200);
  })
  .openapi(edit, async (c) => {
    const curator = await requireCurator(c);
    const body = c.req.valid("json");
    await decide.editProposal(c.env.db, curator, c.req.valid("param").id, {
      version: body.version,
      bundle: body.bundle as never,
      correction: body.correction,
    });
    return c.body(null, 204);
  })
  .openapi(ask, async (c) => {
    const curator = await requireCurator(c);
    await decide.askForChanges(c.env.db, curator, c.req.valid("param").id, c.req.valid("json"));
    return c.body(null, 204);
  })
  .openapi(accept, async (c) => {
    const curator = await requireCurator(c);
    return c.json(await decide.acceptProposal(c.env.db, curator, c.req.valid("param").id, c.req.valid("json")), 200);
  })
  .openapi(reject, async (c) => {
    const curator = await requireCurator(c);
    await decide.rejectProposal(c.env.db, curator, c.req.valid("param").id, c.req.valid("json"));
    return c.body(null, 204);
  })
  .openapi(merge, async (c) => {
    const curator = await requireCurator(c);
    return c.json(await decide.mergeProposal(c.env.db, curator, c.req.valid("param").id, c.req.valid("json")), 200);
  })
  .openapi(record, async (c) => {
    await requireCurator(c);
    const { kind, id } = c.req.valid("param");
    const state = await readHead(c.env.db, kind, id);
    if (!state?.doc) throw notFound(kind, id);
    return c.json({ kind, id, revision: state.head.revision, doc: state.doc }, 200);
  })
  .openapi(editRecord, async (c) => {
    const curator = await requireCurator(c);
    const { kind, id } = c.req.valid("param");
    await decide.editRecord(c.env.db, curator, kind, id, c.req.valid("json"));
    return c.body(null, 204);
  })
  .openapi(restore, async (c) => {
    const curator = await requireCurator(c);
    const { kind, id } = c.req.valid("param");
    await decide.restoreRevision(c.env.db, curator, kind, id, c.req.valid("json"));
    return c.body(null, 204);
  });
