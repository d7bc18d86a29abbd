/** The map's style as data: the quiet offline basemap and the typed layers of cases and currencies. */
import type { FeatureCollection } from "geojson";
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";

export const colors = {
  sea: "#dfeaf0",
  land: "#f7f5f0",
  border: "#b9b4a8",
  coast: "#a9bcc7",
  selected: "#111111",
  currency: "#8a4fbf",
};

const nothing = { type: "FeatureCollection" as const, features: [] };

/** Where the offline outlines live: one source (see basemap.ts), so MapLibre tiles and draws them in one pass. */
export const basemapSource = "basemap";

/** The kind of outline a basemap feature is (its `kind` property), one layer each. */
export type BasemapKind = "land" | "coast" | "border";
const ofKind = (kind: BasemapKind): FilterSpecification => ["==", ["get", "kind"], kind];

/** The offline style: its one basemap source starts empty and is filled by attachBasemap. */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    // A tile's outlines need little margin (buffer, in 1/512 of a tile; 128 by default would make the
    // worker clip and triangulate each tile's land over 2.25 times its area); thin lines, no labels.
    sources: { [basemapSource]: { type: "geojson", data: nothing, buffer: 16 } },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": colors.sea } },
      {
        id: "land",
        type: "fill",
        source: basemapSource,
        filter: ofKind("land"),
        // The coastline drawn over the land's edge does the smoothing: no outline pass (and shader) of its own.
        paint: { "fill-color": colors.land, "fill-antialias": false },
      },
      {
        id: "coastlines",
        type: "line",
        source: basemapSource,
        filter: ofKind("coast"),
        paint: { "line-color": colors.coast, "line-width": 0.8 },
      },
      {
        id: "borders",
        type: "line",
        source: basemapSource,
        filter: ofKind("border"),
        paint: { "line-color": colors.border, "line-width": 0.8, "line-dasharray": [3, 2] },
      },
    ],
  };
}

export const caseSource = "cases";
export const currencySource = "currencies";
export const currencyIcon = "currency-diamond";

/** The explore map's sources: one view's clusters and cases (clustered by the server), and the currencies. */
export function explorerSources(cases: FeatureCollection = nothing): Record<string, GeoJSONSourceSpecification> {
  return {
    [caseSource]: { type: "geojson", data: cases, promoteId: "id" },
    [currencySource]: { type: "geojson", data: nothing, promoteId: "id" },
  };
}

/** The ring around the selected case (none when `id` is not given). */
export function selectedFilter(id: string | undefined): FilterSpecification {
  return ["all", ["!", ["has", "point_count"]], ["==", ["get", "id"], id ?? ""]];
}

/** Points of single cases; clusters are drawn as HTML markers (no glyph server needed for counts). */
export function caseLayers(color: ExpressionSpecification, selected?: string): LayerSpecification[] {
  const single: ExpressionSpecification = ["!", ["has", "point_count"]];
  return [
    {
      id: "cases-cluster-hit",
      type: "circle",
      source: caseSource,
      filter: ["has", "point_count"],
      paint: { "circle-radius": 18, "circle-opacity": 0 },
    },
    {
      id: "cases-point",
      type: "circle",
      source: caseSource,
      filter: single,
      paint: {
        "circle-color": color,
        "circle-radius": ["case", ["boolean", ["feature-state", "hover"], false], 9, 7],
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: "cases-selected",
      type: "circle",
      source: caseSource,
      filter: selectedFilter(selected),
      paint: {
        "circle-radius": 11,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": colors.selected,
        "circle-stroke-width": 3,
      },
    },
  ];
}

export function currencyLayers(visible = true): LayerSpecification[] {
  return [
    {
      id: "currencies-point",
      type: "symbol",
      source: currencySource,
      layout: { "icon-image": currencyIcon, "icon-allow-overlap": true, visibility: visible ? "visible" : "none" },
    },
  ];
}
