import { useMemo } from "react";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * MapLibre's own words (its controls' labels and tooltips, the map's and markers' accessible names), in the
 * reader's language: the `locale` option of every map. MapLibre reads it when a map is created.
 */
export function useMapLocale(): Record<string, string> {
  const { t } = useI18n();
  return useMemo(
    () => ({
      "Map.Title": t("map.control.map"),
      "Marker.Title": t("map.control.marker"),
      "NavigationControl.ZoomIn": t("map.control.zoomIn"),
      "NavigationControl.ZoomOut": t("map.control.zoomOut"),
      "NavigationControl.ResetBearing": t("map.control.resetBearing"),
      "AttributionControl.ToggleAttribution": t("map.control.attribution"),
      "AttributionControl.MapFeedback": t("map.control.feedback"),
      "Popup.Close": t("map.control.closePopup"),
    }),
    [t],
  );
}
