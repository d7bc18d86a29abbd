import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Point } from "geojson";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { announce } from "../../components/Announcer.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AtlasMap, AtlasMapOptions } from "../../map/atlas-map.ts";
import { basemapDetailAt, loadBasemap } from "../../map/basemap.ts";
import { toCurrencyPoints } from "../../map/features.ts";
import { toOpeningView } from "../../map/opening-view.ts";
import { useMapLocale } from "../../map/useMapLocale.ts";
import { type ClusterView, parseMapView, sameView, toClusterView, toMapViewParam } from "../../map/view.ts";
import { currencyListOptions } from "../currencies/queries.ts";
import { loadAtlasMap } from "./load-atlas-map.ts";
import { useMapColors } from "./mapColors.ts";
import { caseClusterOptions } from "./queries.ts";
import type { ExploreState } from "./url-state.ts";
import { useMapStyle } from "./useMapStyle.ts";

export interface CaseMapProps {
  state: ExploreState;
  update: (change: (s: ExploreState) => ExploreState, options?: { keepPage?: boolean; replace?: boolean }) => void;
  hovered: string | null;
  onHover: (id: string | null) => void;
  /** Receives a function that fits the map to the current results. */
  onFitReady: (fit: () => void) => void;
}

type AtlasMapModule = typeof import("../../map/atlas-map.ts");

/**
 * MapLibre itself (the atlas-map chunk). ExplorePage asks for it beside this component's own chunk
 * (loadAtlasMap), not after it; meanwhile the map's settings, its first clusters and its basemap are
 * fetched beside it rather than after it.
 */
function useAtlasMapModule() {
  const [module, setModule] = useState<AtlasMapModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadAtlasMap().then(
      (loaded) => current && setModule(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  return { module, failed };
}

/** The explore map: clustered cases coloured by the chosen dimension, and the currency layer. */
export default function CaseMap({ state, update, hovered, onHover, onFitReady }: CaseMapProps) {
  const { t, tp, formatNumber } = useI18n();
  const container = useRef<HTMLElement>(null);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const { style, failed: styleFailed } = useMapStyle();
  const { module, failed: moduleFailed } = useAtlasMapModule();
  const failed = styleFailed || moduleFailed;
  const colors = useMapColors();
  const [view, setView] = useState<ClusterView | null>(null);
  const clusters = useQuery({ ...caseClusterOptions(state, view ?? { zoom: 0, view: "" }), enabled: view !== null });
  const currencies = useQuery({ ...currencyListOptions(), enabled: state.view.currencies });
  const navigate = useNavigate();
  const locale = useRef(useMapLocale());
  // The map is made once; it calls back through this ref, which always holds this render's functions.
  const latest = {
    update,
    onHover,
    navigate,
    cluster: (n: number) => tp("map.cluster", n),
    opened: (n: number) => tp("map.clusterOpened", n),
    formatCount: formatNumber,
  };
  const callbacks = useRef(latest);
  callbacks.current = latest;

  // Where the map opens is read once, when it is created; later moves come through the URL effect below.
  const initialView = useRef(state.view.map);
  // So is what it shows if already there (clusters, colours, selection): drawn in the map's first pass.
  const shown = useRef<AtlasMapOptions["initial"]>({});
  shown.current = {
    cases: clusters.data as FeatureCollection<Point> | undefined,
    colors: colors && { dimension: state.view.color, scale: colors.scales[state.view.color] },
    selected: state.view.selected,
  };
  const openingZoom = useRef(0);
  // The clusters of the view the map will open on are asked for before MapLibre has arrived.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const opening = toOpeningView(element.clientWidth, element.clientHeight, parseMapView(initialView.current ?? null));
    openingZoom.current = opening.zoom;
    setView((current) => current ?? toClusterView(opening.bounds, opening.zoom));
  }, []);
  // So is the offline basemap (an online style brings its own). It is small and arrives well before
  // MapLibre: the map waits for it (or for its failure) and draws the outlines in its first pass,
  // instead of loading its country sources empty and again once they are filled.
  const [basemapSettled, setBasemapSettled] = useState(false);
  useEffect(() => {
    if (!style) return;
    let current = true;
    const settled = () => current && setBasemapSettled(true);
    if (typeof style === "string") settled();
    else loadBasemap(basemapDetailAt(openingZoom.current)).then(settled, settled);
    return () => {
      current = false;
    };
  }, [style]);
  useEffect(() => {
    const element = container.current;
    if (!element || !style || !module || !basemapSettled) return;
    const created = new module.AtlasMap({
      container: element,
      style,
      view: parseMapView(initialView.current ?? null),
      initial: shown.current,
      locale: locale.current,
      labels: { cluster: (n) => callbacks.current.cluster(n), formatCount: (n) => callbacks.current.formatCount(n) },
      onSelectCase: (id) =>
        callbacks.current.update((s) => ({ ...s, view: { ...s.view, selected: id } }), { keepPage: true }),
      onSelectCurrency: (id) => callbacks.current.navigate(`/currencies/${id}`),
      onOpenCluster: (count) => announce(callbacks.current.opened(count)),
      onHoverCase: (id) => callbacks.current.onHover(id),
      onMove: (moved) =>
        callbacks.current.update((s) => ({ ...s, view: { ...s.view, map: toMapViewParam(moved) } }), {
          keepPage: true,
          replace: true,
        }),
      onViewChange: (bounds, zoom) =>
        setView((current) => {
          const next = toClusterView(bounds, zoom);
          return current && current.zoom === next.zoom && current.view === next.view ? current : next;
        }),
    });
    // Tests and the browser console reach the map through its own public API.
    Object.assign(element, { maplibreMap: created.map });
    setAtlas(created);
    return () => {
      created.destroy();
      setAtlas(null);
    };
  }, [style, module, basemapSettled]);

  useEffect(() => {
    if (atlas && clusters.data) void atlas.setCases(clusters.data as FeatureCollection<Point>);
  }, [atlas, clusters.data]);
  useEffect(() => {
    if (atlas && colors) void atlas.setColors(state.view.color, colors.scales[state.view.color]);
  }, [atlas, colors, state.view.color]);
  useEffect(() => {
    if (atlas) void atlas.setSelected(state.view.selected);
  }, [atlas, state.view.selected]);
  useEffect(() => {
    atlas?.hover(hovered);
  }, [atlas, hovered]);
  useEffect(() => {
    if (!atlas) return;
    void atlas.setCurrencies(toCurrencyPoints(currencies.data?.items ?? []), state.view.currencies);
  }, [atlas, currencies.data, state.view.currencies]);
  // Back and forward restore the position written to the URL.
  useEffect(() => {
    const wanted = parseMapView(state.view.map ?? null);
    if (!atlas || !wanted) return;
    const c = atlas.map.getCenter();
    if (!sameView(wanted, { zoom: atlas.map.getZoom(), latitude: c.lat, longitude: c.lng })) atlas.jumpTo(wanted);
  }, [atlas, state.view.map]);
  const bounds = clusters.data?.bounds;
  useEffect(() => {
    if (atlas) onFitReady(() => bounds && atlas.fitTo(bounds));
  }, [atlas, bounds, onFitReady]);

  return (
    <div className="case-map-frame">
      <section ref={container} className="case-map" aria-label={t("map.label")} />
      {failed ? (
        <p className="state state-error map-overlay" role="alert">
          {t("map.error")}
        </p>
      ) : null}
      {!atlas && !failed ? (
        <p className="state map-overlay" role="status">
          {t("map.loading")}
        </p>
      ) : null}
    </div>
  );
}
