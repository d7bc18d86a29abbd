import { useId } from "react";
import type { Term } from "../vocabularies/queries.ts";

/** Checkboxes for the terms of one vocabulary, each with its definition at hand. */
export function TermPicker({
  legend,
  terms,
  value,
  onChange,
  error,
}: {
  legend: string;
  terms: Term[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const id = useId();
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <fieldset className="term-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <ul>
        {terms.map((term) => (
          <li key={term.key}>
            <input
              type="checkbox"
              id={`${id}-${term.key}`}
              checked={value.includes(term.key)}
              onChange={(e) => toggle(term.key, e.target.checked)}
              aria-describedby={term.definition ? `${id}-${term.key}-def` : undefined}
            />
            <label htmlFor={`${id}-${term.key}`}>{term.label}</label>
            {term.definition ? (
              <p id={`${id}-${term.key}-def`} className="term-definition">
                {term.definition}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A select of the terms of one vocabulary, with the chosen term's definition under it. */
export function TermSelect({
  terms,
  value,
  onChange,
  placeholder,
  ...control
}: {
  terms: Term[];
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  const chosen = terms.find((term) => term.key === value);
  return (
    <>
      <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {terms.map((term) => (
          <option key={term.key} value={term.key}>
            {term.label}
          </option>
        ))}
      </select>
      {chosen?.definition ? <p className="term-definition">{chosen.definition}</p> : null}
    </>
  );
}
