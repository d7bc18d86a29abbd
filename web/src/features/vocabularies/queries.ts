import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Locale } from "../../i18n/locales.ts";

export const vocabulariesOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ["vocabularies", locale],
    queryFn: () => unwrap(api.vocabularies.$get({ query: { locale } })),
    staleTime: Number.POSITIVE_INFINITY,
  });

export type Vocabularies = Awaited<ReturnType<NonNullable<ReturnType<typeof vocabulariesOptions>["queryFn"]>>>;
export type Scheme = keyof Vocabularies["schemes"];
export type Term = Vocabularies["schemes"][Scheme][number];

/** Looks up a term's label in the current language; the key itself while loading or if unknown. */
export function useTerms() {
  const { locale } = useI18n();
  const { data } = useQuery(vocabulariesOptions(locale));
  const find = (scheme: Scheme, key: string): Term | undefined =>
    data?.schemes[scheme]?.find((term) => term.key === key);
  return {
    vocabularies: data,
    find,
    label: (scheme: Scheme, key: string) => find(scheme, key)?.label ?? key,
  };
}
