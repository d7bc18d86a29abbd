/** One view of the explore map: its clusters and single cases, as GeoJSON the map draws as it is. */
import type { Database } from "@atlas/db/client";
import type { z } from "@hono/zod-openapi";
import type { Bbox } from "../../http/query.ts";
import type { Workers } from "../../workers/pool.ts";
import { queryView } from "./clusters.ts";
import { readCaseLabels, readMapIndex } from "./map-index.ts";
import type { CaseFilters, caseClusters } from "./schema.ts";

type CaseClusters = z.infer<typeof caseClusters>;
type Feature = CaseClusters["features"][number];

export async function listCaseClusters(
  db: Database,
  workers: Workers,
  filters: CaseFilters,
  zoom: number,
  view: Bbox,
): Promise<CaseClusters> {
  const map = await readMapIndex(db, filters, workers);
  const items = queryView(map, { west: view.minLon, south: view.minLat, east: view.maxLon, north: view.maxLat, zoom });
  const labels = await readCaseLabels(
    db,
    items.flatMap((item) => (item.kind === "case" ? [item.rowid] : [])),
  );
  const features = items.flatMap((item): Feature[] => {
    const geometry = { type: "Point" as const, coordinates: item.coordinates };
    if (item.kind === "cluster") {
      return [{ type: "Feature" as const, geometry, properties: item.properties }];
    }
    const label = labels.get(item.rowid);
    if (!label) return [];
    return [
      {
        type: "Feature" as const,
        id: label.id,
        geometry,
        properties: {
          ...label,
          phaseKey: item.keys.phase ?? "",
          policyDomainKey: item.keys.policyDomain ?? "",
          collaborationTypeKey: item.keys.collaborationType ?? "",
        },
      },
    ];
  });
  return { type: "FeatureCollection", total: map.count, bounds: map.bounds, features };
}
