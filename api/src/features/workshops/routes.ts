/**
 * The workshop routes. Each handler names who may call it (authenticate: any member;
 * authenticateFacilitator: the facilitator) before doing anything else with the workshop.
 */
import { ApiError } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { authenticate, authenticateFacilitator, createStreamToken, verifyStreamToken } from "./auth.ts";
import * as workshop from "./commands.ts";
import * as contribution from "./contributions.ts";
import { streamEvents } from "./events.ts";
import { fileName, toCsv, toMarkdown } from "./export.ts";
import * as item from "./item-commands.ts";
import * as member from "./member-commands.ts";
import * as read from "./queries.ts";
import { clientAddress, countAttempt, createPerAddress, joinPerAddress, joinPerCodePrefix } from "./rate-limit.ts";
import { buildReport } from "./report.ts";
import * as spec from "./route-specs.ts";
import { maxWriteBytes } from "./schema.ts";
import { normalizeJoinCode } from "./secrets.ts";

const app = featureApp();
app.use("/workshops/*", jsonWrites({ maxBytes: maxWriteBytes }));
app.use("/workshops/*", async (c, next) => {
  // Member data is private to the member: never kept by a shared cache.
  c.header("cache-control", "no-store");
  await next();
});

/** Answers 429 with Retry-After when the attempt is over a limit. */
function tooMany(c: { header: (name: string, value: string) => void }, wait: { retryAfterSeconds: number }) {
  c.header("retry-after", String(wait.retryAfterSeconds));
  return new ApiError(
    429,
    "too_many_requests",
    `Too many attempts; try again in ${wait.retryAfterSeconds} seconds.`,
    undefined,
    {
      seconds: wait.retryAfterSeconds,
    },
  );
}

const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const workshopsRoutes = app
  .openapi(spec.createWorkshop, async (c) => {
    const wait = await countAttempt(c.env.db, [{ key: `create:${clientAddress(c)}`, limit: createPerAddress }]);
    if (wait) throw tooMany(c, wait);
    return c.json(await workshop.createWorkshop(c.env.db, c.req.valid("json")), 201);
  })
  .openapi(spec.joinWorkshop, async (c) => {
    const { code, name } = c.req.valid("json");
    const wait = await countAttempt(c.env.db, [
      { key: `join:address:${clientAddress(c)}`, limit: joinPerAddress },
      { key: `join:code:${normalizeJoinCode(code).slice(0, 2)}`, limit: joinPerCodePrefix },
    ]);
    if (wait) throw tooMany(c, wait);
    return c.json(await workshop.joinWorkshop(c.env.db, code, name), 201);
  })
  .openapi(spec.getWorkshop, async (c) => {
    const viewer = await authenticate(c, c.req.valid("param").id);
    return c.json(await read.getWorkshop(c.env.db, viewer), 200);
  })
  .openapi(spec.updateSettings, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    return c.json(await workshop.updateSettings(c.env.db, viewer, c.req.valid("json")), 200);
  })
  .openapi(spec.closeWorkshop, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    return c.json(await workshop.closeWorkshop(c.env.db, viewer), 200);
  })
  .openapi(spec.reopenWorkshop, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    return c.json(await workshop.reopenWorkshop(c.env.db, viewer), 200);
  })
  .openapi(spec.removeMember, async (c) => {
    const { id, memberId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await member.removeMember(c.env.db, viewer, memberId), 200);
  })
  .openapi(spec.lockPhase, async (c) => {
    const { id, phase } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await workshop.lockPhase(c.env.db, viewer, phase), 200);
  })
  .openapi(spec.unlockPhase, async (c) => {
    const { id, phase } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await workshop.unlockPhase(c.env.db, viewer, phase), 200);
  })
  .openapi(spec.setTimer, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    const { seconds, label } = c.req.valid("json");
    return c.json(await workshop.setTimer(c.env.db, viewer, seconds, label), 200);
  })
  .openapi(spec.clearTimer, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    return c.json(await workshop.clearTimer(c.env.db, viewer), 200);
  })
  .openapi(spec.rotateJoinCode, async (c) => {
    const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
    return c.json(await workshop.rotateJoinCode(c.env.db, viewer), 200);
  })
  .openapi(spec.createStreamToken, async (c) => {
    const viewer = await authenticate(c, c.req.valid("param").id);
    return c.json(await createStreamToken(c.env.db, viewer), 200);
  })
  .openapi(spec.streamEvents, async (c) => {
    const { id } = c.req.valid("param");
    const { token, since } = c.req.valid("query");
    const viewer = await verifyStreamToken(c.env.db, id, token);
    return streamEvents(c, viewer, c.req.valid("header")["last-event-id"] ?? since);
  })
  .openapi(spec.createList, async (c) => {
    const viewer = await authenticate(c, c.req.valid("param").id);
    return c.json(await workshop.createList(c.env.db, viewer, c.req.valid("json").title), 201);
  })
  .openapi(spec.getList, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await read.getList(c.env.db, viewer, listId), 200);
  })
  .openapi(spec.renameList, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    const { title, version } = c.req.valid("json");
    return c.json(await workshop.renameList(c.env.db, viewer, listId, title, version), 200);
  })
  .openapi(spec.removeList, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await workshop.removeList(c.env.db, viewer, listId), 200);
  })
  .openapi(spec.sortByVotes, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await item.sortByVotes(c.env.db, viewer, listId), 200);
  })
  .openapi(spec.exportList, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    const report = await buildReport(c.env.db, viewer, listId);
    const format = c.req.valid("query").format;
    if (format === "json") return c.json(report, 200);
    if (format === "csv") {
      c.header("content-disposition", attachment(fileName(report.list.title, "csv")));
      return c.body(toCsv(report), 200, { "content-type": "text/csv; charset=utf-8" });
    }
    const origin = new URL(c.req.url).origin;
    c.header("content-disposition", attachment(fileName(report.list.title, "md")));
    return c.body(
      toMarkdown(report, (caseId) => `${origin}/cases/${encodeURIComponent(caseId)}`),
      200,
      {
        "content-type": "text/markdown; charset=utf-8",
      },
    );
  })
  .openapi(spec.createItem, async (c) => {
    const { id, listId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await item.createItem(c.env.db, viewer, listId, c.req.valid("json")), 201);
  })
  .openapi(spec.updateItem, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await item.updateItem(c.env.db, viewer, itemId, c.req.valid("json")), 200);
  })
  .openapi(spec.removeItem, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await item.removeItem(c.env.db, viewer, itemId), 200);
  })
  .openapi(spec.restoreItem, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await item.restoreItem(c.env.db, viewer, itemId), 200);
  })
  .openapi(spec.moveItem, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await item.moveItem(c.env.db, viewer, itemId, c.req.valid("json").afterId), 200);
  })
  .openapi(spec.mergeItems, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await item.mergeItems(c.env.db, viewer, itemId, c.req.valid("json")), 200);
  })
  .openapi(spec.itemHistory, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await read.itemHistory(c.env.db, viewer, itemId), 200);
  })
  .openapi(spec.addEvidence, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    const { caseId, why } = c.req.valid("json");
    return c.json(await contribution.addEvidence(c.env.db, viewer, itemId, caseId, why), 200);
  })
  .openapi(spec.removeEvidence, async (c) => {
    const { id, itemId, evidenceId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await contribution.removeEvidence(c.env.db, viewer, itemId, evidenceId), 200);
  })
  .openapi(spec.vote, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await contribution.vote(c.env.db, viewer, itemId, c.req.valid("json").dots), 200);
  })
  .openapi(spec.listComments, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await read.listComments(c.env.db, viewer, itemId), 200);
  })
  .openapi(spec.addComment, async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await contribution.addComment(c.env.db, viewer, itemId, c.req.valid("json").body), 201);
  })
  .openapi(spec.removeComment, async (c) => {
    const { id, commentId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await contribution.removeComment(c.env.db, viewer, commentId), 200);
  });

workshopsRoutes.openAPIRegistry.registerComponent("securitySchemes", "workshopSecret", {
  type: "http",
  scheme: "bearer",
  description: "A member's secret, from creating or joining the workshop (the part after #k= in their link)",
});
