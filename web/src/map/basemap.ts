/**
 * The offline basemap: Natural Earth country shapes from the world-atlas package, so the map works with
 * no internet. They are data fetched beside the map (built as hashed, precompressed JSON files), never
 * on the way to the first drawing: the coarse 1:110m outlines first, the 1:50m ones once the map is
 * zoomed in far enough for the difference to show.
 */
import type { FeatureCollection, MultiLineString } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import detailedUrl from "world-atlas/countries-50m.json?url";
import coarseUrl from "world-atlas/countries-110m.json?url";

export interface Basemap {
  countries: FeatureCollection;
  borders: MultiLineString;
  coastlines: MultiLineString;
}

export type BasemapDetail = "coarse" | "detailed";

/** From this zoom on, the 1:50m outlines are shown. */
export const detailedFromZoom = 4.5;

const urls: Record<BasemapDetail, string> = { coarse: coarseUrl, detailed: detailedUrl };
const loads = new Map<BasemapDetail, Promise<Basemap>>();

export function toBasemap(topology: Topology<{ countries: GeometryCollection }>): Basemap {
  const countries = topology.objects.countries;
  return {
    countries: feature(topology, countries) as FeatureCollection,
    borders: mesh(topology, countries, (a, b) => a !== b),
    coastlines: mesh(topology, countries, (a, b) => a === b),
  };
}

/** Fetched once per page, whatever the number of maps. */
export function loadBasemap(detail: BasemapDetail): Promise<Basemap> {
  const existing = loads.get(detail);
  if (existing) return existing;
  const load = fetch(urls[detail])
    .then((res) => {
      if (!res.ok) throw new Error(`basemap ${detail}: HTTP ${res.status}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then(toBasemap);
  load.catch(() => loads.delete(detail));
  loads.set(detail, load);
  return load;
}

/** Fills a map's offline style (see offlineStyle) with the outlines fitting its zoom, and finer ones on zooming in. */
export function attachBasemap(map: MapLibreMap): void {
  let shown: BasemapDetail | undefined;
  const styleLoaded = new Promise<void>((resolve) =>
    map.isStyleLoaded() ? resolve() : map.once("load", () => resolve()),
  );
  const show = async (detail: BasemapDetail) => {
    const [basemap] = await Promise.all([loadBasemap(detail), styleLoaded]);
    if (shown === "detailed") return;
    const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
    source("countries")?.setData(basemap.countries);
    source("borders")?.setData({ type: "Feature", geometry: basemap.borders, properties: {} });
    source("coastlines")?.setData({ type: "Feature", geometry: basemap.coastlines, properties: {} });
    shown = detail;
  };
  const wanted = (): BasemapDetail => (map.getZoom() >= detailedFromZoom ? "detailed" : "coarse");
  const fail = (error: unknown) => console.warn(error instanceof Error ? error.message : error);
  show(wanted()).catch(fail);
  map.on("zoomend", () => {
    if (shown !== "detailed" && wanted() === "detailed") show("detailed").catch(fail);
  });
}
