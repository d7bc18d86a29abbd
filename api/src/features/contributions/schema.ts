/**
 * The contributions API contract. A new record is proposed as a bundle in the data-file format (the
 * same schemas as data/, so a contribution is valid exactly when a data file would be); a correction
 * names a field, its new value and the source that supports it.
 */
import { bundleSchemas } from "@atlas/db/records/bundle";
import { correctionSchema } from "@atlas/db/records/proposals";
import { proposalStatuses, recordKinds } from "@atlas/db/schema";
import { userText } from "@atlas/db/text";
import { z } from "@hono/zod-openapi";

/** Anyone may leave their name with a proposal (shown as given once accepted), or none. */
const proposer = z
  .object({ name: userText({ max: 120, name: true }).optional() })
  .default({})
  .openapi({ description: "who proposes; the name is shown as given on the record once accepted" });
const note = userText({ max: 4_000 }).optional().openapi({ description: "anything curators should know" });
/** Left empty by people; bots that fill every field fill it. */
const website = z.string().max(500).optional().openapi({ description: "leave empty" });

const create = <S extends z.ZodType>(bundle: S) => z.object({ bundle, proposer, note, website });
export const caseContribution = create(bundleSchemas.case).openapi("CaseContribution");
export const stakeholderContribution = create(bundleSchemas.stakeholder).openapi("StakeholderContribution");
export const currencyContribution = create(bundleSchemas.currency).openapi("CurrencyContribution");

export const correctionContribution = z
  .object({
    kind: z.enum(recordKinds),
    target: z.string().min(1).max(200),
    correction: correctionSchema,
    proposer,
    website,
  })
  .openapi("CorrectionContribution");

export const contributionCreated = z
  .object({
    id: z.string(),
    secret: z
      .string()
      .openapi({ description: "keep it: the private link to follow the proposal is /contribute/<id>#k=<secret>" }),
  })
  .openapi("ContributionCreated");

export const proposalMessage = z
  .object({
    author: z.enum(["curator", "proposer", "system"]),
    kind: z.enum(["question", "answer", "accepted", "rejected", "note"]),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi("ProposalMessage");

export const contributionStatus = z
  .object({
    id: z.string(),
    kind: z.enum(recordKinds),
    action: z.enum(["create", "correct", "update"]),
    status: z.enum(proposalStatuses),
    title: z.string(),
    proposerName: z.string().nullable(),
    body: z.record(z.string(), z.unknown()),
    messages: z.array(proposalMessage),
    /** The published record, once accepted or merged. */
    record: z.object({ kind: z.enum(recordKinds), id: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ContributionStatus");

export const answerBody = z
  .object({
    body: userText({ max: 4_000, required: true }),
    /** A revised proposal, when the curator asked for changes to it. */
    bundle: z.record(z.string(), z.unknown()).optional(),
    correction: correctionSchema.optional(),
  })
  .openapi("ContributionAnswer");

export const contributionParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
});
