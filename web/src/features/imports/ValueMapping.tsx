/**
 * How values map to the atlas's keys, per field with a closed list: each distinct value with its count
 * and what it maps to. Values that map to nothing yet, or that the curator mapped, are shown; those
 * recognised by themselves are folded away, to be checked when wanted.
 */
import { useI18n } from "../../i18n/i18n.tsx";
import type { Preview } from "./queries.ts";
import { useFieldLabel, useValueLabel } from "./useValueLabel.ts";

type FieldValues = Preview["values"][number];
type Value = FieldValues["values"][number];
type OnValue = (target: string, token: string, key: string | null | undefined) => void;

const guessed = "__guess";
const leftOut = "__none";

export function ValueMapping({ preview, onValue }: { preview: Preview; onValue: OnValue }) {
  const { t, tp } = useI18n();
  const fieldLabel = useFieldLabel();
  if (preview.values.length === 0) return null;
  return (
    <section className="im-step" aria-labelledby="im-values-heading">
      <h2 id="im-values-heading">{t("imports.values.title")}</h2>
      {preview.values.map((field) => {
        const unmapped = field.values.filter((v) => v.key === undefined);
        const shown = field.values.filter((v) => v.key === undefined || v.how === "mapping");
        const recognised = field.values.filter((v) => v.key !== undefined && v.how !== "mapping");
        const choices = preview.choices[field.target] ?? [];
        return (
          <fieldset key={field.field} className="im-values">
            <legend>
              {fieldLabel(field.field)} ← “{field.column}”
            </legend>
            <p className={field.unmappedRows > 0 ? "im-warning" : "muted"}>
              {field.unmappedRows > 0
                ? tp("imports.values.unmapped", unmapped.length, { rows: field.unmappedRows })
                : t("imports.values.allMapped")}
            </p>
            {shown.length > 0 ? <ValueTable field={field} values={shown} choices={choices} onValue={onValue} /> : null}
            {recognised.length > 0 ? (
              <details>
                <summary>{tp("imports.values.recognised", recognised.length)}</summary>
                <ValueTable field={field} values={recognised} choices={choices} onValue={onValue} />
              </details>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}

function ValueTable({
  field,
  values,
  choices,
  onValue,
}: {
  field: FieldValues;
  values: Value[];
  choices: string[];
  onValue: OnValue;
}) {
  const { t } = useI18n();
  const valueLabel = useValueLabel();
  return (
    <table className="im-table">
      <thead>
        <tr>
          <th scope="col">{t("imports.values.value")}</th>
          <th scope="col">{t("imports.values.count")}</th>
          <th scope="col">{t("imports.values.mapsTo")}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => {
          const id = `im-val-${field.target}-${v.token}`;
          const selected =
            v.how === "mapping" ? (v.key ?? leftOut) : v.key === undefined || v.key === null ? "" : guessed;
          const choose = (next: string) =>
            onValue(
              field.target,
              v.token,
              next === guessed || next === "" ? undefined : next === leftOut ? null : next,
            );
          return (
            <tr key={v.token} className={v.key === undefined ? "im-unmapped" : undefined}>
              <th scope="row" dir="auto">
                <label htmlFor={id}>{v.value}</label>
              </th>
              <td>{v.count}</td>
              <td>
                <select id={id} value={selected} onChange={(e) => choose(e.target.value)}>
                  {v.how === "exact" || v.how === "within" ? (
                    <option value={guessed}>
                      {t("imports.values.guess", { label: valueLabel(field.target, v.key ?? "") })}
                    </option>
                  ) : (
                    <option value="">{t("imports.values.unmappedOption")}</option>
                  )}
                  <option value={leftOut}>{t("imports.values.leaveOut")}</option>
                  {choices.map((key) => (
                    <option key={key} value={key}>
                      {valueLabel(field.target, key)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
