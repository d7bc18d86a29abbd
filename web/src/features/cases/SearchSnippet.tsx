import { useI18n } from "../../i18n/i18n.tsx";
import { Highlighted } from "./Highlighted.tsx";
import type { CaseList } from "./queries.ts";

type Snippet = NonNullable<NonNullable<CaseList["items"][number]["highlights"]>["snippet"]>;

/** "Found in the outcomes: … the allotment gardens …": where a case's longer texts hold the search. */
export function SearchSnippet({ snippet }: { snippet: Snippet | undefined }) {
  const { t } = useI18n();
  if (!snippet) return null;
  return (
    <p className="search-snippet">
      <span className="search-snippet-field">{t(`results.foundIn.${snippet.field}`)}</span>{" "}
      <span lang={snippet.lang} dir="auto">
        <Highlighted text={snippet.text} ranges={snippet.highlights} />
      </span>
    </p>
  );
}
