/**
 * The one MapLibre map of the explore screen, owned here: created once, fed with setData, and
 * speaking to React only through callbacks and the methods below.
 */
import {
  type GeoJSONSource,
  type LngLat,
  type LngLatBoundsLike,
  type MapLayerMouseEvent,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  type StyleSpecification,
} from "maplibre-gl";
import "./map.css";
import "./worker.ts";
import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import { ClusterMarkers } from "./cluster-markers.ts";
import { type ColorDimension, toColorExpression } from "./colors.ts";
import { type CurrencyPointProperties, type MapCaseProperties, toClusterProperties } from "./features.ts";
import { drawDiamond } from "./icons.ts";
import { caseLayers, caseSource, currencyIcon, currencyLayers, currencySource } from "./style.ts";
import { type MapView, mediterraneanBounds } from "./view.ts";

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  /** Where to open; the whole Mediterranean when not given. */
  view?: MapView;
  /** Every value of each colour dimension, in vocabulary order: fixes the clusters' sums. */
  keys: Record<ColorDimension, string[]>;
  labels: { cluster: (count: number) => string; formatCount: (count: number) => string };
  onSelectCase: (id: string) => void;
  onSelectCurrency: (id: string) => void;
  onHoverCase: (id: string | null) => void;
  onMove: (view: MapView) => void;
}

const empty = (): FeatureCollection => ({ type: "FeatureCollection", features: [] });

export class AtlasMap {
  readonly map: MapLibreMap;
  private clusters: ClusterMarkers;
  private ready: Promise<void>;
  private hovered: string | null = null;
  private popup = new Popup({ closeButton: false, closeOnClick: false, offset: 10, className: "map-tooltip" });

  constructor(private options: AtlasMapOptions) {
    const { view } = options;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      ...(view ? { center: [view.longitude, view.latitude], zoom: view.zoom } : { bounds: mediterraneanBounds }),
      attributionControl: { compact: true },
      // Keep the page scrollable on phones; two fingers move the map.
      cooperativeGestures: false,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.clusters = new ClusterMarkers(this.map, {
      label: options.labels.cluster,
      formatCount: options.labels.formatCount,
    });
    this.ready = new Promise((resolve) => this.map.once("load", () => resolve()));
    void this.ready.then(() => this.addLayers());
  }

  private addLayers() {
    const map = this.map;
    map.addImage(currencyIcon, drawDiamond(), { pixelRatio: 1 });
    map.addSource(caseSource, {
      type: "geojson",
      data: empty(),
      cluster: true,
      clusterRadius: 48,
      clusterMaxZoom: 12,
      promoteId: "id",
      clusterProperties: toClusterProperties(this.options.keys),
    });
    map.addSource(currencySource, { type: "geojson", data: empty(), promoteId: "id" });
    for (const layer of [...caseLayers(["literal", "#7a8591"]), ...currencyLayers()]) map.addLayer(layer);
    map.setLayoutProperty("currencies-point", "visibility", "none");

    map.on("click", "cases-point", (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") this.options.onSelectCase(id);
    });
    map.on("click", "currencies-point", (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") this.options.onSelectCurrency(id);
    });
    map.on("mousemove", "cases-point", (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = "pointer";
      this.showTooltip(e.lngLat, String(f.properties.title));
      this.hover(String(f.properties.id), true);
    });
    map.on("mouseleave", "cases-point", () => {
      map.getCanvas().style.cursor = "";
      this.popup.remove();
      this.hover(null, true);
    });
    map.on("mousemove", "currencies-point", (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = "pointer";
      this.showTooltip(e.lngLat, String(f.properties.name));
    });
    map.on("mouseleave", "currencies-point", () => {
      map.getCanvas().style.cursor = "";
      this.popup.remove();
    });
    map.on("moveend", () => {
      const c = map.getCenter();
      this.options.onMove({ zoom: map.getZoom(), latitude: c.lat, longitude: c.lng });
      this.clusters.update();
    });
    map.on("sourcedata", (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
      if (e.sourceId === caseSource && e.isSourceLoaded) this.clusters.update();
    });
  }

  private showTooltip(at: LngLat, text: string) {
    this.popup.setLngLat(at).setText(text).addTo(this.map);
  }

  async setCases(data: FeatureCollection<Point, MapCaseProperties>) {
    await this.ready;
    (this.map.getSource(caseSource) as GeoJSONSource).setData(data);
  }

  async setCurrencies(data: FeatureCollection<Point, CurrencyPointProperties>, visible: boolean) {
    await this.ready;
    (this.map.getSource(currencySource) as GeoJSONSource).setData(data);
    this.map.setLayoutProperty("currencies-point", "visibility", visible ? "visible" : "none");
  }

  async setColors(dimension: ColorDimension, scale: Map<string, string>) {
    await this.ready;
    this.map.setPaintProperty("cases-point", "circle-color", toColorExpression(dimension, scale));
    this.clusters.setColors(dimension, scale);
  }

  async setSelected(id: string | undefined) {
    await this.ready;
    this.map.setFilter("cases-selected", ["all", ["!", ["has", "point_count"]], ["==", ["get", "id"], id ?? ""]]);
  }

  /** Highlights a case point (from the list, or from the map itself when `fromMap`). */
  hover(id: string | null, fromMap = false) {
    if (this.hovered === id) return;
    if (this.hovered && this.map.getSource(caseSource))
      this.map.setFeatureState({ source: caseSource, id: this.hovered }, { hover: false });
    this.hovered = id;
    if (id && this.map.getSource(caseSource)) this.map.setFeatureState({ source: caseSource, id }, { hover: true });
    if (fromMap) this.options.onHoverCase(id);
  }

  jumpTo(view: MapView) {
    this.map.jumpTo({ center: [view.longitude, view.latitude], zoom: view.zoom });
  }

  fitTo(points: [number, number][]) {
    if (points.length === 0) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const bounds: LngLatBoundsLike = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
    this.map.fitBounds(bounds, { padding: 48, maxZoom: 11, duration: 600 });
  }

  destroy() {
    this.clusters.clear();
    this.map.remove();
  }
}
