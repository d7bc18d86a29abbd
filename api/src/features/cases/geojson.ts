/** Cases as an RFC 7946 FeatureCollection: WGS84 points in [longitude, latitude] order. */
import type { z } from "@hono/zod-openapi";
import type { ExportDataset } from "../cite/export-metadata.ts";
import type { CaseSummary, featureCollection } from "./schema.ts";

type FeatureCollection = z.infer<typeof featureCollection>;

/** `dataset` goes in a foreign member (RFC 7946 §6.1), which GeoJSON readers keep or ignore. */
export function toFeatureCollection(cases: CaseSummary[], dataset: ExportDataset): FeatureCollection {
  const features = cases.flatMap(({ latitude, longitude, summary: _summary, ...properties }) =>
    latitude === null || longitude === null
      ? []
      : [
          {
            type: "Feature" as const,
            id: properties.id,
            geometry: { type: "Point" as const, coordinates: [longitude, latitude] as [number, number] },
            properties,
          },
        ],
  );
  return { type: "FeatureCollection", dataset, features };
}
