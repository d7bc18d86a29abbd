/**
 * The offline basemap: Natural Earth country shapes from the world-atlas package, so the map works with
 * no internet. They are data fetched beside the map (built as hashed, precompressed JSON files), never
 * on the way to the first drawing: the coarse 1:110m outlines first, the 1:50m ones once the map is
 * zoomed in far enough for the difference to show.
 */
import type { Feature, FeatureCollection, MultiLineString } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import detailedUrl from "world-atlas/countries-50m.json?url";
import coarseUrl from "world-atlas/countries-110m.json?url";
import { type BasemapKind, basemapSource } from "./style.ts";

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
const loaded = new Map<BasemapDetail, Basemap>();

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
    .then((topology) => {
      const basemap = toBasemap(topology);
      loaded.set(detail, basemap);
      return basemap;
    });
  load.catch(() => loads.delete(detail));
  loads.set(detail, load);
  return load;
}

/** The outlines at `detail` if they have already arrived. */
export function loadedBasemap(detail: BasemapDetail): Basemap | undefined {
  return loaded.get(detail);
}

/** The detail a map opening at `zoom` shows first. */
export const basemapDetailAt = (zoom: number): BasemapDetail => (zoom >= detailedFromZoom ? "detailed" : "coarse");

/**
 * The outlines as the one FeatureCollection of the offline style's basemap source: land, coasts and
 * borders told apart by their `kind`. One source instead of three: MapLibre's worker tiles it once,
 * and the map draws all its outlines in the same frame rather than one source after the other.
 */
export function toBasemapData(basemap: Basemap): FeatureCollection {
  const line = (kind: BasemapKind, geometry: MultiLineString): Feature => ({
    type: "Feature",
    geometry,
    properties: { kind },
  });
  return {
    type: "FeatureCollection",
    features: [
      ...basemap.countries.features.map((f) => ({ ...f, properties: { ...f.properties, kind: "land" } })),
      line("coast", basemap.coastlines),
      line("border", basemap.borders),
    ],
  };
}

/**
 * A copy of the offline style (see offlineStyle) whose basemap source already holds `basemap`: a map
 * created with it draws its outlines in its first pass, instead of loading an empty source and then
 * loading it again once the outlines are set.
 */
export function withBasemap(style: StyleSpecification, basemap: Basemap): StyleSpecification {
  const source = style.sources[basemapSource];
  if (source?.type !== "geojson") return style;
  return { ...style, sources: { ...style.sources, [basemapSource]: { ...source, data: toBasemapData(basemap) } } };
}

/**
 * Fills a map's offline style (see offlineStyle) with the outlines fitting its zoom, and finer ones on
 * zooming in; `initial` is the detail the style was created with (withBasemap), if any.
 */
export function attachBasemap(map: MapLibreMap, initial?: BasemapDetail): void {
  let shown = initial;
  const styleLoaded = new Promise<void>((resolve) =>
    map.isStyleLoaded() ? resolve() : map.once("load", () => resolve()),
  );
  const show = async (detail: BasemapDetail) => {
    const [basemap] = await Promise.all([loadBasemap(detail), styleLoaded]);
    if (shown === "detailed") return;
    (map.getSource(basemapSource) as GeoJSONSource | undefined)?.setData(toBasemapData(basemap));
    shown = detail;
  };
  const wanted = () => basemapDetailAt(map.getZoom());
  const fail = (error: unknown) => console.warn(error instanceof Error ? error.message : error);
  if (shown !== wanted() && shown !== "detailed") show(wanted()).catch(fail);
  map.on("zoomend", () => {
    if (shown !== "detailed" && wanted() === "detailed") show("detailed").catch(fail);
  });
}
