import { type FormEvent, useEffect, useId, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";

/** A labelled search field that searches on submit (Enter or the button), not on every keystroke. */
export function SearchBox({ label, value, onSearch }: { label: string; value: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const id = useId();
  useEffect(() => setText(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search>
      <form onSubmit={submit} className="search">
        <label htmlFor={id}>{label}</label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("filters.searchPlaceholder")}
          />
          <button type="submit">{t("filters.searchButton")}</button>
        </div>
      </form>
    </search>
  );
}
