import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { loadBasemap } from "../../map/basemap.ts";
import { offlineStyle } from "../../map/style.ts";
import { configOptions } from "../config/queries.ts";

/** The map style to use: the configured online one, else the offline basemap once it has loaded. */
export function useMapStyle() {
  const config = useQuery(configOptions());
  const styleUrl = config.data?.mapStyleUrl ?? null;
  const basemap = useQuery({
    queryKey: ["basemap"],
    queryFn: loadBasemap,
    staleTime: Number.POSITIVE_INFINITY,
    enabled: config.isSuccess && !styleUrl,
  });
  // One style object per basemap: maps are created per style, so a new object each render would rebuild them.
  const style = useMemo(
    () => styleUrl ?? (basemap.data ? offlineStyle(basemap.data) : undefined),
    [styleUrl, basemap.data],
  );
  return { style, failed: config.isError || basemap.isError };
}
