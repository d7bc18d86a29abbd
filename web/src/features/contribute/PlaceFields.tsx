import { useEffect, useRef, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { placeCountries, sortedCountries } from "../../lib/countries.ts";
import { createPlacePicker, type PlacePicker } from "../../map/place-picker.ts";
import { useMapLocale } from "../../map/useMapLocale.ts";
import { useMapStyle } from "../cases/useMapStyle.ts";
import type { PlaceDraft } from "./case-draft.ts";

const precisions = ["site", "city", "region", "country"] as const;

/** Country, city and the point: typed, or placed and moved on the map, the two kept in step. */
export function PlaceFields({
  place,
  onChange,
  errors,
  prefix = "record",
}: {
  place: PlaceDraft;
  onChange: (place: PlaceDraft) => void;
  errors: Record<string, string>;
  prefix?: string;
}) {
  const { t, locale } = useI18n();
  const set = (patch: Partial<PlaceDraft>) => onChange({ ...place, ...patch });
  const err = (field: string) => errors[`${prefix}.${field}`];
  return (
    <fieldset className="contribute-place">
      <legend>{t("contribute.place.legend")}</legend>
      <div className="field-row">
        <Field label={t("contribute.place.country")} error={err("country")}>
          {(p) => (
            <select {...p} value={place.country} onChange={(e) => set({ country: e.target.value })}>
              <option value="">{t("contribute.choose")}</option>
              {sortedCountries(placeCountries, locale).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("contribute.place.region")} error={err("region")}>
          {(p) => <input {...p} value={place.region} onChange={(e) => set({ region: e.target.value })} />}
        </Field>
        <Field label={t("contribute.place.city")} error={err("city")}>
          {(p) => <input {...p} value={place.city} onChange={(e) => set({ city: e.target.value })} />}
        </Field>
      </div>
      <p className="field-hint">{t("contribute.place.mapHint")}</p>
      <PickerMap place={place} onPick={([lng, lat]) => set({ longitude: String(lng), latitude: String(lat) })} />
      <div className="field-row">
        <Field label={t("contribute.place.latitude")} error={err("latitude")}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={place.latitude}
              onChange={(e) => set({ latitude: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("contribute.place.longitude")} error={err("longitude")}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={place.longitude}
              onChange={(e) => set({ longitude: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("contribute.place.precision")} error={err("locationPrecision")}>
          {(p) => (
            <select {...p} value={place.locationPrecision} onChange={(e) => set({ locationPrecision: e.target.value })}>
              <option value="">{t("contribute.choose")}</option>
              {precisions.map((v) => (
                <option key={v} value={v}>
                  {t(`contribute.precision.${v}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}

function PickerMap({ place, onPick }: { place: PlaceDraft; onPick: (lngLat: [number, number]) => void }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [picker, setPicker] = useState<PlacePicker | null>(null);
  const pick = useRef(onPick);
  const locale = useRef(useMapLocale());
  pick.current = onPick;
  const { style } = useMapStyle();
  useEffect(() => {
    if (!container.current || !style) return;
    const created = createPlacePicker(container.current, style, (lngLat) => pick.current(lngLat), locale.current);
    setPicker(created);
    return () => {
      created.remove();
      setPicker(null);
    };
  }, [style]);
  const lat = Number(place.latitude);
  const lng = Number(place.longitude);
  const valid = place.latitude !== "" && place.longitude !== "" && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  useEffect(() => {
    picker?.show(valid ? [lng, lat] : null);
  }, [picker, valid, lat, lng]);
  return <div ref={container} className="picker-map" role="application" aria-label={t("contribute.place.map")} />;
}
