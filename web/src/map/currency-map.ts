/** The currencies page's map: currency initiatives as diamonds, one highlighted from the timeline or table. */
import type { FeatureCollection, Point } from "geojson";
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, Popup, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import "./worker.ts";
import { attachBasemap } from "./basemap.ts";
import type { CurrencyPointProperties } from "./features.ts";
import { drawDiamond } from "./icons.ts";
import { onLayerPointer } from "./layer-pointer.ts";
import { colors, currencyIcon, currencyLayers, currencySource } from "./style.ts";
import { mediterraneanBounds } from "./view.ts";

export class CurrencyMap {
  readonly map: MapLibreMap;
  private ready: Promise<void>;
  private popup = new Popup({ closeButton: false, closeOnClick: false, offset: 10, className: "map-tooltip" });

  constructor(
    container: HTMLElement,
    style: StyleSpecification | string,
    private handlers: { onSelect: (id: string) => void; onHover: (id: string | null) => void },
    locale: Record<string, string>,
  ) {
    this.map = new MapLibreMap({
      container,
      style,
      locale,
      bounds: mediterraneanBounds,
      attributionControl: { compact: true },
    });
    if (typeof style !== "string") attachBasemap(this.map);
    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.ready = new Promise((resolve) => this.map.once("load", () => resolve()));
    void this.ready.then(() => this.addLayers());
  }

  private addLayers() {
    const map = this.map;
    map.addImage(currencyIcon, drawDiamond(20), { pixelRatio: 1 });
    map.addSource(currencySource, {
      type: "geojson",
      data: { type: "FeatureCollection", features: [] },
      promoteId: "id",
    });
    map.addLayer({
      id: "currencies-highlight",
      type: "circle",
      source: currencySource,
      filter: ["==", ["get", "id"], ""],
      paint: {
        "circle-radius": 14,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": colors.selected,
        "circle-stroke-width": 3,
      },
    });
    for (const layer of currencyLayers()) map.addLayer(layer);
    onLayerPointer(map, "currencies-point", {
      select: (id) => this.handlers.onSelect(id),
      hover: (over) => {
        if (over) this.popup.setLngLat(over.lngLat).setText(String(over.properties.name)).addTo(map);
        else this.popup.remove();
        this.handlers.onHover(over ? String(over.properties.id) : null);
      },
    });
  }

  async setData(data: FeatureCollection<Point, CurrencyPointProperties>) {
    await this.ready;
    (this.map.getSource(currencySource) as GeoJSONSource).setData(data);
  }

  async highlight(id: string | null) {
    await this.ready;
    this.map.setFilter("currencies-highlight", ["==", ["get", "id"], id ?? ""]);
  }

  destroy() {
    this.map.remove();
  }
}
