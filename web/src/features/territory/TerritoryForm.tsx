import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { type Scheme, useTerms } from "../vocabularies/queries.ts";
import { type ListField, listFields, type TerritoryProfile } from "./profile.ts";
import { territoryRegionsOptions } from "./queries.ts";

/** The vocabulary each list of the profile picks from. */
const schemeOf: Record<ListField, Scheme> = {
  domain: "policyDomain",
  partners: "stakeholderType",
  forms: "sseForm",
  phase: "phase",
};

interface Props {
  profile: TerritoryProfile;
  /** The API's complaint per parameter, shown next to its field. */
  errors: Record<string, string>;
  onSubmit: (profile: TerritoryProfile) => void;
}

/** The change-maker's place and aim; sent as a whole, so the ranking does not jump at every tick. */
export function TerritoryForm({ profile, errors, onSubmit }: Props) {
  const { t, locale } = useI18n();
  const regions = useQuery(territoryRegionsOptions()).data?.regions ?? [];
  const [draft, setDraft] = useState(profile);
  const id = useId();
  const set = <K extends keyof TerritoryProfile>(key: K, value: TerritoryProfile[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const described = (name: string) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {};
  return (
    <form className="territory-form" onSubmit={submit} noValidate>
      <div className="territory-place">
        <div className="territory-field">
          <label htmlFor={`${id}-country`}>{t("territory.country")}</label>
          <select
            id={`${id}-country`}
            value={draft.country}
            onChange={(e) => set("country", e.target.value)}
            {...described("country")}
          >
            <option value="">{t("territory.anyCountry")}</option>
            {regions.map((r) => (
              <optgroup key={r.key} label={t(`territory.region.${r.key}` as MessageKey)}>
                {r.countries
                  .map((code) => ({ code, name: countryName(code, locale) }))
                  .sort((a, b) => a.name.localeCompare(b.name, locale))
                  .map(({ code, name }) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {error("country")}
        </div>
        <div className="territory-field">
          <label htmlFor={`${id}-region`}>{t("territory.region")}</label>
          <select
            id={`${id}-region`}
            value={draft.region}
            onChange={(e) => set("region", e.target.value)}
            {...described("region")}
          >
            <option value="">{t("territory.anyRegion")}</option>
            {regions.map((r) => (
              <option key={r.key} value={r.key}>
                {t(`territory.region.${r.key}` as MessageKey)}
              </option>
            ))}
          </select>
          {error("region")}
        </div>
        <div className="territory-field">
          <label htmlFor={`${id}-population`}>{t("territory.population")}</label>
          <input
            id={`${id}-population`}
            type="number"
            inputMode="numeric"
            min={1}
            value={draft.population}
            onChange={(e) => set("population", e.target.value)}
            {...described("population")}
          />
          {error("population")}
        </div>
      </div>
      {listFields.map((field) => (
        <TermChoice
          key={field}
          field={field}
          values={draft[field]}
          onChange={(values) => set(field, values)}
          error={error(field)}
          errorId={errors[field] ? `${id}-${field}-error` : undefined}
        />
      ))}
      <div className="territory-actions">
        <button type="submit">{t("territory.submit")}</button>
      </div>
    </form>
  );
}

function TermChoice({
  field,
  values,
  onChange,
  error,
  errorId,
}: {
  field: ListField;
  values: string[];
  onChange: (values: string[]) => void;
  error: ReactNode;
  errorId: string | undefined;
}) {
  const { t } = useI18n();
  const { vocabularies } = useTerms();
  const terms = vocabularies?.schemes[schemeOf[field]] ?? [];
  const toggle = (key: string) => onChange(values.includes(key) ? values.filter((v) => v !== key) : [...values, key]);
  return (
    <fieldset className="territory-terms" aria-invalid={errorId ? true : undefined} aria-describedby={errorId}>
      <legend>{t(`territory.field.${field}` as MessageKey)}</legend>
      <ul className="plain">
        {terms.map((term) => (
          <li key={term.key}>
            <label>
              <input type="checkbox" checked={values.includes(term.key)} onChange={() => toggle(term.key)} />
              <span>{term.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error}
    </fieldset>
  );
}
