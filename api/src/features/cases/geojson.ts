/** Cases as an RFC 7946 FeatureCollection: WGS84 points in [longitude, latitude] order. */
import type { z } from "@hono/zod-openapi";
import type { ExportDataset } from "../cite/export-metadata.ts";
import type { CaseSummary, featureCollection } from "./schema.ts";

type Feature = z.infer<typeof featureCollection>["features"][number];

export function toFeature({ latitude, longitude, summary: _summary, ...properties }: CaseSummary): Feature | undefined {
  if (latitude === null || longitude === null) return undefined;
  return {
    type: "Feature",
    id: properties.id,
    geometry: { type: "Point", coordinates: [longitude, latitude] },
    properties,
  };
}

/**
 * The collection as text, a batch of cases at a time. `dataset` goes in a foreign member
 * (RFC 7946 §6.1), which GeoJSON readers keep or ignore.
 */
export async function* toFeatureCollectionText(
  batches: AsyncIterable<CaseSummary[]>,
  dataset: ExportDataset,
): AsyncGenerator<string> {
  yield `{"type":"FeatureCollection","dataset":${JSON.stringify(dataset)},"features":[`;
  let first = true;
  for await (const batch of batches) {
    const features = batch.flatMap((c) => {
      const feature = toFeature(c);
      return feature ? [JSON.stringify(feature)] : [];
    });
    if (features.length === 0) continue;
    yield `${first ? "" : ","}${features.join(",")}`;
    first = false;
  }
  yield "]}";
}
