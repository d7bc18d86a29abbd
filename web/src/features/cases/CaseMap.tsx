import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { AtlasMap } from "../../map/atlas-map.ts";
import { toCurrencyPoints, toMapCases } from "../../map/features.ts";
import { parseMapView, sameView, toMapViewParam } from "../../map/view.ts";
import { currencyListOptions } from "../currencies/queries.ts";
import { useMapColors } from "./mapColors.ts";
import { caseGeoOptions } from "./queries.ts";
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

/** The explore map: clustered cases coloured by the chosen dimension, and the currency layer. */
export default function CaseMap({ state, update, hovered, onHover, onFitReady }: CaseMapProps) {
  const { t, tp, formatNumber } = useI18n();
  const container = useRef<HTMLElement>(null);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const { style, failed } = useMapStyle();
  const colors = useMapColors();
  const geo = useQuery(caseGeoOptions(state));
  const currencies = useQuery({ ...currencyListOptions(), enabled: state.view.currencies });
  const navigate = useNavigate();
  const callbacks = useRef({
    update,
    onHover,
    navigate,
    cluster: (n: number) => tp("map.cluster", n),
    formatCount: formatNumber,
  });
  callbacks.current = {
    update,
    onHover,
    navigate,
    cluster: (n: number) => tp("map.cluster", n),
    formatCount: formatNumber,
  };

  // Where the map opens is read once, when it is created; later moves come through the URL effect below.
  const initialView = useRef(state.view.map);
  useEffect(() => {
    const element = container.current;
    if (!element || !style || !colors) return;
    const created = new AtlasMap({
      container: element,
      style,
      view: parseMapView(initialView.current ?? null),
      keys: colors.keys,
      labels: { cluster: (n) => callbacks.current.cluster(n), formatCount: (n) => callbacks.current.formatCount(n) },
      onSelectCase: (id) =>
        callbacks.current.update((s) => ({ ...s, view: { ...s.view, selected: id } }), { keepPage: true }),
      onSelectCurrency: (id) => callbacks.current.navigate(`/currencies/${id}`),
      onHoverCase: (id) => callbacks.current.onHover(id),
      onMove: (view) =>
        callbacks.current.update((s) => ({ ...s, view: { ...s.view, map: toMapViewParam(view) } }), {
          keepPage: true,
          replace: true,
        }),
    });
    // Tests and the browser console reach the map through its own public API.
    Object.assign(element, { maplibreMap: created.map });
    setAtlas(created);
    return () => {
      created.destroy();
      setAtlas(null);
    };
  }, [style, colors]);

  const { phase, policyDomain, collaborationType } = state.filters;
  const points = useMemo(
    () =>
      geo.data && colors
        ? toMapCases(geo.data.features, colors.orders, { phase, policyDomain, collaborationType })
        : undefined,
    [geo.data, colors, phase, policyDomain, collaborationType],
  );
  useEffect(() => {
    if (atlas && points) void atlas.setCases(points);
  }, [atlas, points]);
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
  useEffect(() => {
    if (atlas && points)
      onFitReady(() => atlas.fitTo(points.features.map((f) => f.geometry.coordinates as [number, number])));
  }, [atlas, points, onFitReady]);

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
