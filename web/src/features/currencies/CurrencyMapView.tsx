import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { CurrencyMap } from "../../map/currency-map.ts";
import { toCurrencyPoints } from "../../map/features.ts";
import { useMapLocale } from "../../map/useMapLocale.ts";
import { useMapStyle } from "../cases/useMapStyle.ts";
import type { CurrencyList } from "./queries.ts";

interface Props {
  items: CurrencyList["items"];
  hovered: string | null;
  onHover: (id: string | null) => void;
}

/** The initiatives on a map; hovering one here, on the timeline or in the table highlights it everywhere. */
export default function CurrencyMapView({ items, hovered, onHover }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const container = useRef<HTMLElement>(null);
  const [map, setMap] = useState<CurrencyMap | null>(null);
  const { style, failed } = useMapStyle();
  const locale = useRef(useMapLocale());
  const handlers = useRef({ onHover, navigate });
  handlers.current = { onHover, navigate };
  useEffect(() => {
    if (!container.current || !style) return;
    const created = new CurrencyMap(
      container.current,
      style,
      {
        onSelect: (id) => handlers.current.navigate(`/currencies/${id}`),
        onHover: (id) => handlers.current.onHover(id),
      },
      locale.current,
    );
    Object.assign(container.current, { maplibreMap: created.map });
    setMap(created);
    return () => created.destroy();
  }, [style]);
  useEffect(() => {
    void map?.setData(toCurrencyPoints(items));
  }, [map, items]);
  useEffect(() => {
    void map?.highlight(hovered);
  }, [map, hovered]);
  return (
    <div className="case-map-frame currency-map-frame">
      <section ref={container} className="case-map" aria-label={t("currencies.map")} />
      {failed ? (
        <p className="state state-error map-overlay" role="alert">
          {t("map.error")}
        </p>
      ) : null}
    </div>
  );
}
