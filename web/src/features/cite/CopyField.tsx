import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/** A labelled, read-only text with a copy button: a permalink or one citation format. */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, permissions): the text stays selectable.
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          readOnly
          value={value}
          rows={Math.min(10, Math.max(value.split("\n").length, Math.ceil(value.length / 72)) + 1)}
          dir="ltr"
        />
      ) : (
        <input id={id} readOnly value={value} dir="ltr" />
      )}
      <button type="button" onClick={copy}>
        {t("cite.copy")}
      </button>
      <span role="status" className="muted">
        {copied ? t("cite.copied") : ""}
      </span>
    </div>
  );
}
