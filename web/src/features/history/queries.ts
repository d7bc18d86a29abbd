import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

export type RecordKind = "case" | "stakeholder" | "currency";

export const historyKey = (kind: RecordKind, id: string) => ["history", kind, id] as const;

/** A record's provenance and every revision, public like the record itself. */
export const historyOptions = (kind: RecordKind, id: string) =>
  queryOptions({
    queryKey: historyKey(kind, id),
    queryFn: () => unwrap(api.history[":kind"][":id"].$get({ param: { kind, id } })),
  });

export type RecordHistory = Awaited<ReturnType<NonNullable<ReturnType<typeof historyOptions>["queryFn"]>>>;
export type Revision = RecordHistory["revisions"][number];
