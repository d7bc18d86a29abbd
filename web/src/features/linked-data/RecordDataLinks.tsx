import { useI18n } from "../../i18n/i18n.tsx";

type Kind = "cases" | "stakeholders" | "currencies";

/**
 * A record's machine-readable versions: JSON-LD (also announced in the page head, so crawlers and
 * linked-data tools find it) and, for stakeholders and currencies, the Murmurations profile.
 */
export function RecordDataLinks({ kind, id }: { kind: Kind; id: string }) {
  const { t } = useI18n();
  const ld = `/api/ld/${kind}/${encodeURIComponent(id)}`;
  return (
    <p className="downloads record-data">
      {/* React hoists this into the document head. */}
      <link rel="alternate" type="application/ld+json" href={ld} />
      {t("linkedData.label")}{" "}
      <a href={ld} type="application/ld+json">
        {t("linkedData.jsonld")}
      </a>
      {kind !== "cases" ? (
        <>
          {" · "}
          <a href={`/api/murmurations/${kind}/${encodeURIComponent(id)}`} type="application/json">
            {t("linkedData.murmurations")}
          </a>
        </>
      ) : null}
    </p>
  );
}
