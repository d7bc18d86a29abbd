import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { createMiniMap } from "../../map/mini-map.ts";
import { useMapLocale } from "../../map/useMapLocale.ts";
import { PlaceNote } from "./PlaceNote.tsx";
import { useMapStyle } from "./useMapStyle.ts";

type Precision = "site" | "city" | "region" | "country";

/**
 * Wide enough to show the coast and the neighbouring countries around the pin: at city zoom the offline
 * basemap (country shapes only) was an empty box with a pin in it.
 */
const zoomFor: Record<Precision, number> = { site: 7, city: 6, region: 5.5, country: 4 };

/**
 * Where the case is, with a caption saying how precisely its point is known, and the curators' note on
 * how they placed it, labelled as such, for readers who want it.
 */
export default function CaseMiniMap({
  latitude,
  longitude,
  precision,
  place,
  note,
}: {
  latitude: number;
  longitude: number;
  precision: Precision | null;
  place: string;
  note: string | null;
}) {
  const { t } = useI18n();
  const locale = useMapLocale();
  const container = useRef<HTMLDivElement>(null);
  const { style, failed } = useMapStyle();
  useEffect(() => {
    if (!container.current || !style) return;
    const map = createMiniMap(container.current, style, [longitude, latitude], zoomFor[precision ?? "city"], locale);
    return () => map.remove();
  }, [style, latitude, longitude, precision, locale]);
  if (failed) return <PlaceNote note={note} />;
  return (
    <figure className="mini-map-figure">
      <div ref={container} className="mini-map" role="img" aria-label={t("case.miniMap", { place })} />
      <figcaption className="muted">
        {precision ? t(`case.precision.${precision}`) : null}
        <PlaceNote note={note} />
      </figcaption>
    </figure>
  );
}
