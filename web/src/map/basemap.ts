/**
 * The offline basemap: Natural Earth 1:50m country shapes shipped in the world-atlas package, so the
 * map works with no internet. Loaded on demand, as its own chunk.
 */
import type { FeatureCollection, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface Basemap {
  countries: FeatureCollection;
  borders: MultiLineString;
  coastlines: MultiLineString;
}

export async function loadBasemap(): Promise<Basemap> {
  const topology = (await import("world-atlas/countries-50m.json")).default as unknown as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = topology.objects.countries;
  return {
    countries: feature(topology, countries) as FeatureCollection,
    borders: mesh(topology, countries, (a, b) => a !== b),
    coastlines: mesh(topology, countries, (a, b) => a === b),
  };
}
