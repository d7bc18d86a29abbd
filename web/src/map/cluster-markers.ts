/**
 * Clusters as HTML markers: a donut of the cluster's mix with its count in the middle, and a real
 * <button> (focusable, labelled) that zooms into the cluster.
 */
import { type Map as MapLibreMap, Marker } from "maplibre-gl";
import type { ColorDimension } from "./colors.ts";
import { otherColor } from "./colors.ts";
import { toArcs } from "./donut.ts";
import { toDonutSlices } from "./features.ts";
import { caseSource } from "./style.ts";

export interface ClusterMarkerOptions {
  label: (count: number) => string;
  formatCount: (count: number) => string;
  /** A cluster was pressed: the map zooms into it, and its marker, which had the focus, goes away. */
  onOpen: (count: number) => void;
}

const svgNs = "http://www.w3.org/2000/svg";

export class ClusterMarkers {
  private markers = new Map<number, { marker: Marker; key: string }>();
  private dimension: ColorDimension = "phase";
  private scale = new Map<string, string>();

  constructor(
    private map: MapLibreMap,
    private options: ClusterMarkerOptions,
  ) {}

  setColors(dimension: ColorDimension, scale: Map<string, string>) {
    this.dimension = dimension;
    this.scale = scale;
    this.clear();
    this.update();
  }

  clear() {
    for (const { marker } of this.markers.values()) marker.remove();
    this.markers.clear();
  }

  /** Adds markers for the clusters now in view and removes the others. */
  update() {
    if (!this.map.getSource(caseSource) || !this.map.isSourceLoaded(caseSource)) return;
    const seen = new Set<number>();
    for (const f of this.map.querySourceFeatures(caseSource)) {
      const p = f.properties as Record<string, unknown>;
      if (p.point_count === undefined) continue;
      const id = Number(p.cluster_id);
      if (seen.has(id)) continue;
      seen.add(id);
      const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      // Ids are the server index's: the same id under other filters is another cluster.
      const key = `${this.dimension}:${p.point_count}:${lng}:${lat}`;
      const existing = this.markers.get(id);
      if (existing?.key === key) continue;
      existing?.marker.remove();
      const element = this.element([lng, lat], Number(p.expansion_zoom), p, Number(p.point_count));
      this.markers.set(id, { marker: new Marker({ element }).setLngLat([lng, lat]).addTo(this.map), key });
    }
    for (const [id, { marker }] of this.markers) {
      if (seen.has(id)) continue;
      marker.remove();
      this.markers.delete(id);
    }
  }

  private element(
    at: [number, number],
    expansionZoom: number,
    properties: Record<string, unknown>,
    count: number,
  ): HTMLElement {
    const size = count >= 100 ? 54 : count >= 10 ? 44 : 36;
    const r = size / 2;
    const slices = toDonutSlices(properties, this.dimension, [...this.scale.keys()], count).map((s) => ({
      count: s.count,
      color: this.scale.get(s.key) ?? otherColor,
    }));
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cluster-marker";
    button.setAttribute("aria-label", this.options.label(count));
    button.style.inlineSize = `${size}px`;
    button.style.blockSize = `${size}px`;
    const svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
    svg.setAttribute("aria-hidden", "true");
    for (const arc of toArcs(slices, r, r * 0.62)) {
      const path = document.createElementNS(svgNs, "path");
      path.setAttribute("d", arc.path);
      path.setAttribute("fill", arc.color);
      path.setAttribute("fill-rule", "evenodd");
      svg.append(path);
    }
    const center = document.createElementNS(svgNs, "circle");
    center.setAttribute("cx", String(r));
    center.setAttribute("cy", String(r));
    center.setAttribute("r", String(r * 0.62));
    center.setAttribute("fill", "#ffffff");
    svg.append(center);
    const text = document.createElement("span");
    text.textContent = this.options.formatCount(count);
    button.append(svg, text);
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      this.map.easeTo({ center: at, zoom: Math.max(expansionZoom, this.map.getZoom() + 1) });
      this.options.onOpen(count);
    });
    return button;
  }
}
