import type { Source } from "../features/cases/queries.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** "[n]" pointing at the source that gives one fact, numbered as in the record's source list below. */
export function SourceRef({ id, sources }: { id: string | null; sources: Pick<Source, "id">[] }) {
  const { t } = useI18n();
  const n = sources.findIndex((s) => s.id === id) + 1;
  if (!id || n === 0) return null;
  return (
    <a className="source-ref" href={`#source-${id}`} aria-label={t("sources.ref", { n })}>
      {`[${n}]`}
    </a>
  );
}

/** Several `SourceRef`s, for a text that draws on more than one page. */
export function SourceRefs({ ids, sources }: { ids: string[]; sources: Pick<Source, "id">[] }) {
  return (
    <>
      {ids.map((id) => (
        <SourceRef key={id} id={id} sources={sources} />
      ))}
    </>
  );
}
