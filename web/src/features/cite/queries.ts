import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

/** The dataset's version; it changes only when curators or a new release change the content. */
export const datasetOptions = () =>
  queryOptions({ queryKey: ["dataset"], queryFn: () => unwrap(api.dataset.$get()), staleTime: 5 * 60_000 });
