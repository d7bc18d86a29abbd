/**
 * The one MapLibre map of the explore screen, owned here: created once, fed with setData, and
 * speaking to React only through callbacks and the methods below.
 */
import {
  type ExpressionSpecification,
  type GeoJSONSource,
  type LngLat,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  type StyleSpecification,
} from "maplibre-gl";
import "./map.css";
import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import { attachBasemap, basemapDetailAt, loadedBasemap, withBasemap } from "./basemap.ts";
import { ClusterMarkers } from "./cluster-markers.ts";
import { type ColorDimension, otherColor, toColorExpression } from "./colors.ts";
import type { CurrencyPointProperties } from "./features.ts";
import { drawDiamond } from "./icons.ts";
import { onLayerPointer } from "./layer-pointer.ts";
import {
  caseLayers,
  caseSource,
  currencyIcon,
  currencyLayers,
  currencySource,
  explorerSources,
  selectedFilter,
} from "./style.ts";
import { type MapView, mediterraneanBounds } from "./view.ts";

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  /** Where to open; the whole Mediterranean when not given. */
  view?: MapView;
  labels: { cluster: (count: number) => string; formatCount: (count: number) => string };
  /** A cluster was opened (the focus is then on the map itself, whose keys pan and zoom it). */
  onOpenCluster: (count: number) => void;
  /** MapLibre's own labels in the reader's language (useMapLocale). */
  locale: Record<string, string>;
  onSelectCase: (id: string) => void;
  onSelectCurrency: (id: string) => void;
  onHoverCase: (id: string | null) => void;
  onMove: (view: MapView) => void;
  /** The visible bounds and zoom, once loaded and after every move: what to fetch clusters for. */
  onViewChange: (bounds: { west: number; south: number; east: number; north: number }, zoom: number) => void;
  /** What the map shows from the start, if already known: drawn in its first pass, not loaded again after it. */
  initial?: {
    cases?: FeatureCollection<Point>;
    colors?: { dimension: ColorDimension; scale: Map<string, string> };
    selected?: string;
  };
}

// The worker is started by whoever loads this module (loadAtlasMap), from a script fetched beside it.
export { startWorker } from "./worker.ts";

export class AtlasMap {
  readonly map: MapLibreMap;
  private clusters: ClusterMarkers;
  private ready: Promise<void>;
  private hovered: string | null = null;
  private popup = new Popup({ closeButton: false, closeOnClick: false, offset: 10, className: "map-tooltip" });
  /** What the sources and layers hold now, so that setting the same again costs nothing. */
  private shown: {
    cases?: FeatureCollection<Point>;
    colors?: { dimension: ColorDimension; scale: Map<string, string> };
    currencies?: FeatureCollection<Point, CurrencyPointProperties>;
    currenciesVisible: boolean;
    selected?: string;
  };

  constructor(private options: AtlasMapOptions) {
    const { view, initial = {} } = options;
    this.shown = { cases: initial.cases, colors: initial.colors, currenciesVisible: false, selected: initial.selected };
    const color = initial.colors ? toColorExpression(initial.colors.dimension, initial.colors.scale) : undefined;
    // The cases, their colours and the outlines known by now go into the style itself: MapLibre then loads
    // each source once, where adding them on "load" loaded them empty first and again when filled.
    const own = { sources: explorerSources(initial.cases), layers: this.ownLayers(color, initial.selected) };
    const detail = basemapDetailAt(view?.zoom ?? 0);
    const basemap = typeof options.style === "string" ? undefined : loadedBasemap(detail);
    const style =
      typeof options.style === "string"
        ? options.style
        : (() => {
            const base = basemap ? withBasemap(options.style, basemap) : options.style;
            // The cases' source first: MapLibre's worker tiles the sources in this order, so the clusters
            // are ready before the outlines (the layers keep drawing them on top).
            return { ...base, sources: { ...own.sources, ...base.sources }, layers: [...base.layers, ...own.layers] };
          })();
    this.map = new MapLibreMap({
      container: options.container,
      style,
      locale: options.locale,
      ...(view ? { center: [view.longitude, view.latitude], zoom: view.zoom } : { bounds: mediterraneanBounds }),
      attributionControl: { compact: true },
      // Keep the page scrollable on phones; two fingers move the map.
      cooperativeGestures: false,
    });
    if (typeof options.style !== "string") attachBasemap(this.map, basemap ? detail : undefined);
    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.clusters = new ClusterMarkers(this.map, {
      label: options.labels.cluster,
      formatCount: options.labels.formatCount,
      onOpen: (count) => {
        // The pressed marker is about to be replaced by the clusters of the new view.
        this.map.getCanvas().focus();
        options.onOpenCluster(count);
      },
    });
    if (initial.colors) this.clusters.setColors(initial.colors.dimension, initial.colors.scale);
    this.ready = new Promise((resolve) =>
      this.map.once("load", () => {
        // An online style comes from elsewhere: the atlas's own sources and layers join it once it has loaded.
        if (typeof style === "string") {
          for (const [id, source] of Object.entries(own.sources)) this.map.addSource(id, source);
          for (const layer of own.layers) this.map.addLayer(layer);
        }
        resolve();
      }),
    );
    this.listen();
    // The first view is known before the style has loaded: its clusters are fetched meanwhile.
    this.reportView();
  }

  private ownLayers(color: ExpressionSpecification | undefined, selected: string | undefined) {
    return [...caseLayers(color ?? ["literal", otherColor], selected), ...currencyLayers(false)];
  }

  private listen() {
    const map = this.map;
    onLayerPointer(map, "cases-point", {
      select: (id) => this.options.onSelectCase(id),
      hover: (over) => {
        if (over) this.showTooltip(over.lngLat, String(over.properties.title));
        else this.popup.remove();
        this.hover(over ? String(over.properties.id) : null, true);
      },
    });
    onLayerPointer(map, "currencies-point", {
      select: (id) => this.options.onSelectCurrency(id),
      hover: (over) => {
        if (over) this.showTooltip(over.lngLat, String(over.properties.name));
        else this.popup.remove();
      },
    });
    map.on("moveend", () => {
      const c = map.getCenter();
      this.options.onMove({ zoom: map.getZoom(), latitude: c.lat, longitude: c.lng });
      this.reportView();
      this.clusters.update();
    });
    map.on("sourcedata", (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
      if (e.sourceId === caseSource && e.isSourceLoaded) this.clusters.update();
    });
  }

  private reportView() {
    const b = this.map.getBounds();
    this.options.onViewChange(
      { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
      this.map.getZoom(),
    );
  }

  private showTooltip(at: LngLat, text: string) {
    this.popup.setLngLat(at).setText(text).addTo(this.map);
  }

  async setCases(data: FeatureCollection<Point>) {
    await this.ready;
    if (data === this.shown.cases) return;
    this.shown.cases = data;
    (this.map.getSource(caseSource) as GeoJSONSource).setData(data);
  }

  async setCurrencies(data: FeatureCollection<Point, CurrencyPointProperties>, visible: boolean) {
    await this.ready;
    // Hidden currencies are not drawn: their points go in when they are shown.
    if (visible && data !== this.shown.currencies) {
      this.shown.currencies = data;
      (this.map.getSource(currencySource) as GeoJSONSource).setData(data);
    }
    // Every style change costs the map a new frame and delays its "idle": what is already so is not set again.
    if (visible === this.shown.currenciesVisible) return;
    this.shown.currenciesVisible = visible;
    // The diamond is added the first time currencies are shown, not on the way to the first clusters.
    if (visible && !this.map.hasImage(currencyIcon)) this.map.addImage(currencyIcon, drawDiamond(), { pixelRatio: 1 });
    this.map.setLayoutProperty("currencies-point", "visibility", visible ? "visible" : "none");
  }

  async setColors(dimension: ColorDimension, scale: Map<string, string>) {
    await this.ready;
    const shown = this.shown.colors;
    if (shown?.dimension === dimension && shown.scale === scale) return;
    this.shown.colors = { dimension, scale };
    this.map.setPaintProperty("cases-point", "circle-color", toColorExpression(dimension, scale));
    this.clusters.setColors(dimension, scale);
  }

  async setSelected(id: string | undefined) {
    await this.ready;
    // The style may have opened with it; even an unchanged filter would cost MapLibre a style update.
    if (id === this.shown.selected) return;
    this.shown.selected = id;
    this.map.setFilter("cases-selected", selectedFilter(id));
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

  /** Fits the map to [west, south, east, north]. */
  fitTo(bounds: [number, number, number, number]) {
    const [west, south, east, north] = bounds;
    const box: LngLatBoundsLike = [
      [west, south],
      [east, north],
    ];
    this.map.fitBounds(box, { padding: 48, maxZoom: 11, duration: 600 });
  }

  destroy() {
    this.clusters.clear();
    this.map.remove();
  }
}
