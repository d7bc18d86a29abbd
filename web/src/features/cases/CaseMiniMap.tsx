import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { createMiniMap } from "../../map/mini-map.ts";
import { useMapStyle } from "./useMapStyle.ts";

const zoomFor = { site: 12, city: 9, region: 7, country: 4.5 } as const;

/** Where the case is, at a zoom that matches how precisely its place is known. */
export default function CaseMiniMap({
  latitude,
  longitude,
  precision,
}: {
  latitude: number;
  longitude: number;
  precision: keyof typeof zoomFor | null;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const { style, failed } = useMapStyle();
  useEffect(() => {
    if (!container.current || !style) return;
    const map = createMiniMap(container.current, style, [longitude, latitude], zoomFor[precision ?? "city"]);
    return () => map.remove();
  }, [style, latitude, longitude, precision]);
  if (failed) return null;
  return <div ref={container} className="mini-map" role="img" aria-label={t("case.miniMap")} />;
}
