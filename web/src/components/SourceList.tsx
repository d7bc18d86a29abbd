import type { Source } from "../features/cases/queries.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** The evidence behind a record: every source as a real link, with publisher, year and access date. */
export function SourceList({ sources }: { sources: Source[] }) {
  const { t, formatDate } = useI18n();
  if (sources.length === 0) return <p className="muted">{t("sources.none")}</p>;
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <a href={s.url} rel="noreferrer noopener" target="_blank">
            {s.title}
          </a>
          {[s.publisher, s.year?.toString()].filter(Boolean).length > 0 ? (
            <span className="muted">{` — ${[s.publisher, s.year].filter(Boolean).join(", ")}`}</span>
          ) : null}
          {s.accessed ? (
            <span className="muted">{` (${t("sources.accessed", { date: formatDate(s.accessed) })})`}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
