import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

export const patternsOptions = (filters: Record<string, string>) =>
  queryOptions({
    queryKey: ["patterns", filters],
    queryFn: () => unwrap(api.patterns.$get({ query: filters })),
    placeholderData: keepPreviousData,
  });
