import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { caseTitlesOptions } from "./queries.ts";
import { compareLimit } from "./selection.ts";

/** Adds a case to the comparison by its title: a native list that works by keyboard and screen reader. */
export function CasePicker({ ids, onAdd }: { ids: string[]; onAdd: (id: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState("");
  const titles = useQuery(caseTitlesOptions());
  if (ids.length >= compareLimit) return <p className="muted">{t("compare.full", { count: compareLimit })}</p>;
  return (
    <form
      className="case-picker no-print"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onAdd(value);
        setValue("");
      }}
    >
      <label htmlFor={id}>{t("compare.addCase")}</label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">{t("compare.chooseCase")}</option>
        {(titles.data ?? [])
          .filter((c) => !ids.includes(c.id))
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
      </select>
      <button type="submit" disabled={!value}>
        {t("compare.addButton")}
      </button>
    </form>
  );
}
