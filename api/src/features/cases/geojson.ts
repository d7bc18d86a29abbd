/** Cases as an RFC 7946 FeatureCollection: WGS84 points in [longitude, latitude] order. */
import type { z } from "@hono/zod-openapi";
import type { CaseSummary, featureCollection } from "./schema.ts";

type FeatureCollection = z.infer<typeof featureCollection>;

export function toFeatureCollection(cases: CaseSummary[]): FeatureCollection {
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
  return { type: "FeatureCollection", features };
}
