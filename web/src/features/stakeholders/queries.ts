import { queryOptions, useQueries } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";

export const stakeholderOptions = (id: string, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["stakeholders", "detail", id, lang],
    queryFn: () => unwrap(api.stakeholders[":id"].$get({ param: { id }, query: { lang } })),
  });

/** Names of the given stakeholders, as they load; an id maps to nothing until then. */
export function useStakeholderNames(ids: string[]): Map<string, string> {
  const results = useQueries({ queries: ids.map((id) => stakeholderOptions(id)) });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data.name] as const] : [])));
}

/** Stakeholders whose name contains the words typed, to reuse one rather than add it twice. */
export const stakeholderSearchOptions = (q: string) =>
  queryOptions({
    queryKey: ["stakeholders", "search", q],
    queryFn: () => unwrap(api.stakeholders.$get({ query: { q, pageSize: "8" } })),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
