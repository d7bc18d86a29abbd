/**
 * Curators' server state. The session is an HttpOnly cookie the browser sends by itself; every
 * write also carries the session's CSRF token, which only `/accounts/me` and sign-in reveal.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

const csrf = (token: string) => ({ headers: { "x-csrf-token": token } });

export const meKey = ["accounts", "me"] as const;

/** The signed-in curator, or null for anyone else (a 401 is an answer here, not an error). */
export const meOptions = () =>
  queryOptions({
    queryKey: meKey,
    queryFn: async () => {
      const res = await api.accounts.me.$get();
      if (res.status === 401) return null;
      return unwrap(Promise.resolve(res));
    },
    staleTime: 60_000,
    retry: false,
  });

export type Me = NonNullable<Awaited<ReturnType<NonNullable<ReturnType<typeof meOptions>["queryFn"]>>>>;

export const login = (email: string, password: string) =>
  unwrap(api.accounts.login.$post({ json: { email, password } }));
export const logout = (token: string) => unwrap(api.accounts.logout.$post({}, csrf(token)));
export const setPassword = (token: string, password: string) =>
  unwrap(api.accounts.password.$post({ json: { token, password } }));

export type QueueFilters = { kind?: "case" | "stakeholder" | "currency"; status?: string; page?: string };

export const queueOptions = (filters: QueueFilters) =>
  queryOptions({
    queryKey: ["curation", "queue", filters],
    queryFn: () => unwrap(api.curation.proposals.$get({ query: filters })),
  });

export const proposalKey = (id: string) => ["curation", "proposals", id] as const;
export const proposalOptions = (id: string) =>
  queryOptions({
    queryKey: proposalKey(id),
    queryFn: () => unwrap(api.curation.proposals[":id"].$get({ param: { id } })),
  });
export type ProposalDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof proposalOptions>["queryFn"]>>>;

const proposal = api.curation.proposals[":id"];
export const decisions = {
  ask: (token: string, id: string, version: number, message: string) =>
    unwrap(proposal.ask.$post({ param: { id }, json: { version, message } }, csrf(token))),
  accept: (token: string, id: string, version: number, message?: string) =>
    unwrap(proposal.accept.$post({ param: { id }, json: { version, message } }, csrf(token))),
  reject: (token: string, id: string, version: number, reason: string) =>
    unwrap(proposal.reject.$post({ param: { id }, json: { version, reason } }, csrf(token))),
  merge: (token: string, id: string, version: number, into: string, message?: string) =>
    unwrap(proposal.merge.$post({ param: { id }, json: { version, into, message } }, csrf(token))),
};

export type RecordKind = "case" | "stakeholder" | "currency";
const record = api.curation.records[":kind"][":id"];

export const recordKey = (kind: RecordKind, id: string) => ["curation", "records", kind, id] as const;
export const recordOptions = (kind: RecordKind, id: string) =>
  queryOptions({
    queryKey: recordKey(kind, id),
    queryFn: () => unwrap(record.$get({ param: { kind, id } })),
  });

export const editRecord = (
  token: string,
  kind: RecordKind,
  id: string,
  body: { revision: number; doc: Record<string, unknown>; reason: string },
) => unwrap(record.$put({ param: { kind, id }, json: body }, csrf(token)));

export const restoreRevision = (
  token: string,
  kind: RecordKind,
  id: string,
  body: { revision: number; number: number; reason: string },
) => unwrap(record.restore.$post({ param: { kind, id }, json: body }, csrf(token)));

export const curatorsKey = ["accounts", "curators"] as const;
export const curatorsOptions = () =>
  queryOptions({ queryKey: curatorsKey, queryFn: () => unwrap(api.accounts.curators.$get()) });

export const curators = {
  add: (token: string, json: { email: string; name: string; role: "curator" | "admin" }) =>
    unwrap(api.accounts.curators.$post({ json }, csrf(token))),
  reset: (token: string, id: string) =>
    unwrap(api.accounts.curators[":id"].reset.$post({ param: { id } }, csrf(token))),
  remove: (token: string, id: string) => unwrap(api.accounts.curators[":id"].$delete({ param: { id } }, csrf(token))),
};

/** The audit log, newest first, a page at a time (`before` is the last id of the page before). */
export const auditOptions = () =>
  infiniteQueryOptions({
    queryKey: ["accounts", "audit"] as const,
    queryFn: ({ pageParam }) =>
      unwrap(api.accounts.audit.$get({ query: pageParam ? { before: String(pageParam) } : {} })),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
