import { useI18n } from "../../i18n/i18n.tsx";

/** The curators' note on how the place was found (a gazetteer point, the seat of a wider project…). */
export function PlaceNote({ note }: { note: string | null }) {
  const { t } = useI18n();
  if (!note) return null;
  return (
    <details className="place-note">
      <summary>{t("case.placeNote")}</summary>
      <p dir="auto">{note}</p>
    </details>
  );
}
