/**
 * Proposals: sending one, and following it with its private secret. The secret travels in the
 * Authorization header only, never in an address the server sees.
 */
import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

const contributions = api.contributions;
const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });

export type CaseProposal = Parameters<typeof contributions.cases.$post>[0]["json"];
export type StakeholderProposal = Parameters<typeof contributions.stakeholders.$post>[0]["json"];
export type CurrencyProposal = Parameters<typeof contributions.currencies.$post>[0]["json"];
export type CorrectionProposal = Parameters<typeof contributions.corrections.$post>[0]["json"];

export const proposeCase = (json: CaseProposal) => unwrap(contributions.cases.$post({ json }));
export const proposeStakeholder = (json: StakeholderProposal) => unwrap(contributions.stakeholders.$post({ json }));
export const proposeCurrency = (json: CurrencyProposal) => unwrap(contributions.currencies.$post({ json }));
export const proposeCorrection = (json: CorrectionProposal) => unwrap(contributions.corrections.$post({ json }));

export const contributionKey = (id: string) => ["contributions", id] as const;

export const contributionOptions = (id: string, secret: string) =>
  queryOptions({
    queryKey: contributionKey(id),
    queryFn: () => unwrap(contributions[":id"].$get({ param: { id } }, bearer(secret))),
    retry: false,
  });

export type ContributionStatus = Awaited<ReturnType<NonNullable<ReturnType<typeof contributionOptions>["queryFn"]>>>;

export const answerContribution = (id: string, secret: string, body: string) =>
  unwrap(contributions[":id"].messages.$post({ param: { id }, json: { body } }, bearer(secret)));

export const withdrawContribution = (id: string, secret: string) =>
  unwrap(contributions[":id"].withdraw.$post({ param: { id } }, bearer(secret)));

/** The private link to follow a proposal: the secret in the fragment, which browsers never send. */
export const followLink = (id: string, secret: string) => `${window.location.origin}/contribute/${id}#k=${secret}`;
