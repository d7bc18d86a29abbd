import { useI18n } from "../../i18n/i18n.tsx";

/** "Did you mean …?" when a search finds little: one click searches the suggested words instead. */
export function SearchSuggestion({ suggestion, onSearch }: { suggestion: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  return (
    <p className="state search-suggestion">
      {t("results.didYouMean")}{" "}
      <button type="button" className="link-button" onClick={() => onSearch(suggestion)}>
        <bdi dir="auto">{suggestion}</bdi>
      </button>
    </p>
  );
}
