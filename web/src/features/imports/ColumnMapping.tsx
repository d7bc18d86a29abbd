/** Which column fills which field: the guess preselected, any column or none choosable, a sample beside. */
import { useI18n } from "../../i18n/i18n.tsx";
import type { Preview } from "./queries.ts";
import { useFieldLabel } from "./useValueLabel.ts";

export function ColumnMapping({
  preview,
  onColumn,
}: {
  preview: Preview;
  onColumn: (field: string, column: string | null | undefined) => void;
}) {
  const { t } = useI18n();
  const fieldLabel = useFieldLabel();
  const sampleOf = (column: string | undefined) => {
    const at = column ? preview.header.indexOf(column) : -1;
    if (at < 0) return "";
    const cells = preview.sample.map((row) => row[at] ?? "").filter(Boolean);
    return cells.slice(0, 2).join(" · ").slice(0, 120);
  };
  return (
    <section className="im-step" aria-labelledby="im-columns-heading">
      <h2 id="im-columns-heading">{t("imports.columns.title")}</h2>
      <p className="muted">
        {t("imports.columns.read", {
          rows: preview.rowCount,
          format: preview.format.toUpperCase(),
          encoding: preview.encoding,
          delimiter: preview.delimiter ?? "—",
        })}
      </p>
      <table className="im-table">
        <thead>
          <tr>
            <th scope="col">{t("imports.columns.field")}</th>
            <th scope="col">{t("imports.columns.column")}</th>
            <th scope="col">{t("imports.columns.sample")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.fields.map((f) => {
            const column = preview.columns[f.name];
            const id = `im-col-${f.name}`;
            return (
              <tr key={f.name}>
                <th scope="row">
                  <label htmlFor={id}>
                    {fieldLabel(f.name)}
                    {f.required ? <span className="im-required"> ({t("imports.columns.required")})</span> : null}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={column ?? ""}
                    aria-invalid={f.required && !column ? true : undefined}
                    onChange={(e) => onColumn(f.name, e.target.value === "" ? null : e.target.value)}
                  >
                    <option value="">{t("imports.columns.none")}</option>
                    {preview.header.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                  {f.required && !column ? (
                    <p className="im-error" role="alert">
                      {t("imports.columns.missingRequired")}
                    </p>
                  ) : null}
                </td>
                <td className="im-sample" dir="auto">
                  {sampleOf(column)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
