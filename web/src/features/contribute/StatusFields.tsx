import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";

interface StatusDraft {
  status: string;
  statusYear: string;
}

/**
 * A record's status, picked from its closed list or left unknown, and once picked the year it was
 * reported in (a status carries its date). Inside the caller's field row.
 */
export function StatusFields({
  statuses,
  draft,
  set,
  err,
}: {
  statuses: readonly string[];
  draft: StatusDraft;
  set: (patch: Partial<StatusDraft>) => void;
  err: (field: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t("contribute.case.status")} error={err("status")}>
        {(p) => (
          <select {...p} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t("contribute.unknown")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.status ? (
        <Field label={t("contribute.case.statusYear")} error={err("statusYear")}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={draft.statusYear}
              onChange={(e) => set({ statusYear: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
