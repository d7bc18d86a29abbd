import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ApiError } from "../../http/errors.ts";
import { type AppEnv, featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { noStore } from "../../http/no-store.ts";
import { failure, jsonBody, ok } from "../../http/openapi.ts";
import { clientAddress, countAttempt, type Limit } from "../../http/rate-limit.ts";
import * as contributions from "./commands.ts";
import * as s from "./schema.ts";

const tags = ["contributions"];
const security = [{ proposerSecret: [] }];
const failures = {
  400: failure("The proposal is not valid; details name each field (path) and what is wrong"),
  404: failure("No such proposal for this link, or no such record to correct"),
  409: failure("The proposal has been decided already"),
  413: failure("The body is larger than 256 KiB"),
  415: failure("The body is not application/json"),
  429: failure("Too many proposals from this address; Retry-After says when to try again"),
};
const writeFailures = { 400: failures[400], 413: failures[413], 415: failures[415], 429: failures[429] };

/** Proposals per caller address: a workshop group behind one address proposes freely, a flood does not. */
export const proposalsPerAddress: Limit = { max: 30, windowMs: 3_600_000 };
export const answersPerAddress: Limit = { max: 120, windowMs: 3_600_000 };
const maxWriteBytes = 262_144;

const proposeCase = createRoute({
  method: "post",
  path: "/contributions/cases",
  tags,
  summary: "Propose a new case, with the new stakeholders and sources it brings; answers a private link",
  request: jsonBody(s.caseContribution),
  responses: { 201: ok(s.contributionCreated, "Proposed"), ...writeFailures },
});
const proposeStakeholder = createRoute({
  method: "post",
  path: "/contributions/stakeholders",
  tags,
  summary: "Propose a new stakeholder (an organisation or group); answers a private link",
  request: jsonBody(s.stakeholderContribution),
  responses: { 201: ok(s.contributionCreated, "Proposed"), ...writeFailures },
});
const proposeCurrency = createRoute({
  method: "post",
  path: "/contributions/currencies",
  tags,
  summary: "Propose a new complementary-currency initiative; answers a private link",
  request: jsonBody(s.currencyContribution),
  responses: { 201: ok(s.contributionCreated, "Proposed"), ...writeFailures },
});
const proposeCorrection = createRoute({
  method: "post",
  path: "/contributions/corrections",
  tags,
  summary: "Suggest a correction of one field of a case, stakeholder or currency, with its source",
  request: jsonBody(s.correctionContribution),
  responses: { 201: ok(s.contributionCreated, "Proposed"), 404: failures[404], ...writeFailures },
});
const status = createRoute({
  method: "get",
  path: "/contributions/{id}",
  tags,
  security,
  summary: "A proposal as its proposer follows it: status, curators' questions and decision",
  request: { params: s.contributionParams },
  responses: { 200: ok(s.contributionStatus, "The proposal"), 404: failures[404] },
});
const answer = createRoute({
  method: "post",
  path: "/contributions/{id}/messages",
  tags,
  security,
  summary: "Answer the curators, optionally with a revised proposal",
  request: { params: s.contributionParams, ...jsonBody(s.answerBody) },
  responses: { 200: ok(s.contributionStatus, "Answered"), 404: failures[404], 409: failures[409], ...writeFailures },
});
const withdraw = createRoute({
  method: "post",
  path: "/contributions/{id}/withdraw",
  tags,
  security,
  summary: "Withdraw a proposal that has not been decided",
  request: { params: s.contributionParams },
  responses: { 200: ok(s.contributionStatus, "Withdrawn"), 404: failures[404], 409: failures[409] },
});

const bearer = /^Bearer\s+([A-Za-z0-9_-]{16,200})\s*$/i;
const secretOf = (c: Context<AppEnv>) => bearer.exec(c.req.header("authorization") ?? "")?.[1];

async function limit(c: Context<AppEnv>, name: string, max: Limit) {
  const wait = await countAttempt(c.env.db, [{ key: `${name}:${clientAddress(c)}`, limit: max }]);
  if (!wait) return;
  c.header("retry-after", String(wait.retryAfterSeconds));
  throw new ApiError(429, "too_many_requests", `Too many attempts; try again in ${wait.retryAfterSeconds} seconds.`);
}

/** The body as sent (without the defaults validation fills in): what is stored and later published. */
const sentBundle = async (c: Context<AppEnv>) => ((await c.req.json()) as { bundle: contributions.Bundle }).bundle;

const app = featureApp();
app.use("/contributions/*", jsonWrites({ maxBytes: maxWriteBytes }), noStore);
app.openAPIRegistry.registerComponent("securitySchemes", "proposerSecret", {
  type: "http",
  scheme: "bearer",
  description: "The proposer's secret, from proposing (the part after #k= in their private link)",
});

export const contributionsRoutes = app
  .openapi(proposeCase, async (c) => {
    const input = c.req.valid("json");
    if (input.website) return c.json(contributions.decoy(), 201);
    await limit(c, "propose", proposalsPerAddress);
    return c.json(await contributions.proposeRecord(c.env.db, "case", { ...input, bundle: await sentBundle(c) }), 201);
  })
  .openapi(proposeStakeholder, async (c) => {
    const input = c.req.valid("json");
    if (input.website) return c.json(contributions.decoy(), 201);
    await limit(c, "propose", proposalsPerAddress);
    return c.json(
      await contributions.proposeRecord(c.env.db, "stakeholder", { ...input, bundle: await sentBundle(c) }),
      201,
    );
  })
  .openapi(proposeCurrency, async (c) => {
    const input = c.req.valid("json");
    if (input.website) return c.json(contributions.decoy(), 201);
    await limit(c, "propose", proposalsPerAddress);
    return c.json(
      await contributions.proposeRecord(c.env.db, "currency", { ...input, bundle: await sentBundle(c) }),
      201,
    );
  })
  .openapi(proposeCorrection, async (c) => {
    const input = c.req.valid("json");
    if (input.website) return c.json(contributions.decoy(), 201);
    await limit(c, "propose", proposalsPerAddress);
    return c.json(await contributions.proposeCorrection(c.env.db, input), 201);
  })
  .openapi(status, async (c) => {
    const row = await contributions.authenticateProposer(c.env.db, c.req.valid("param").id, secretOf(c));
    return c.json(await contributions.readContribution(c.env.db, row), 200);
  })
  .openapi(answer, async (c) => {
    const { id } = c.req.valid("param");
    const row = await contributions.authenticateProposer(c.env.db, id, secretOf(c));
    await limit(c, "answer", answersPerAddress);
    await contributions.answer(c.env.db, row, c.req.valid("json"));
    return c.json(
      await contributions.readContribution(
        c.env.db,
        await contributions.authenticateProposer(c.env.db, id, secretOf(c)),
      ),
      200,
    );
  })
  .openapi(withdraw, async (c) => {
    const { id } = c.req.valid("param");
    const row = await contributions.authenticateProposer(c.env.db, id, secretOf(c));
    await contributions.withdraw(c.env.db, row);
    return c.json(
      await contributions.readContribution(
        c.env.db,
        await contributions.authenticateProposer(c.env.db, id, secretOf(c)),
      ),
      200,
    );
  });
