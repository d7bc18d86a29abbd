import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

/** Settings from the server, such as an online map style. */
export const configOptions = () =>
  queryOptions({ queryKey: ["config"], queryFn: () => unwrap(api.config.$get()), staleTime: Number.POSITIVE_INFINITY });
