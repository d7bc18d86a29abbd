import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { offlineStyle } from "../../map/style.ts";
import { configOptions } from "../config/queries.ts";

/**
 * The map style to use: the configured online one, else the offline style, whose country shapes the
 * map fetches itself (map/basemap.ts) so that it can draw before they arrive.
 */
export function useMapStyle() {
  const config = useQuery(configOptions());
  const styleUrl = config.data?.mapStyleUrl ?? null;
  // One style object per answer: maps are created per style, so a new object each render would rebuild them.
  const style = useMemo(
    () => (config.isSuccess ? (styleUrl ?? offlineStyle()) : undefined),
    [config.isSuccess, styleUrl],
  );
  return { style, failed: config.isError };
}
