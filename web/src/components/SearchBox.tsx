import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * A labelled search field that searches on submit (Enter or the button), not on every keystroke. Words
 * beyond `maxLength` are a mistake shown under the field (and the field focused), never sent; `error` is
 * the server's word on what was searched.
 */
export function SearchBox({
  label,
  value,
  onSearch,
  maxLength = 200,
  error,
}: {
  label: string;
  value: string;
  onSearch: (q: string) => void;
  maxLength?: number;
  error?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const [tooLong, setTooLong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => setText(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    setTooLong(q.length > maxLength);
    if (q.length > maxLength) return input.current?.focus();
    onSearch(q);
  };
  const problem = tooLong ? t("filters.searchTooLong", { max: maxLength, length: text.trim().length }) : error;
  return (
    <search>
      <form onSubmit={submit} className="search">
        <label htmlFor={id}>{label}</label>
        <div className="search-row">
          <input
            ref={input}
            id={id}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("filters.searchPlaceholder")}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-error` : undefined}
          />
          <button type="submit">{t("filters.searchButton")}</button>
        </div>
        {problem ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </search>
  );
}
