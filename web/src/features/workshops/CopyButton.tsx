import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/** Copies text to the clipboard and says so; where the clipboard is refused, the text stays selectable. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="ws-secondary" onClick={copy}>
      {label}
      <span aria-live="polite" className="ws-copied">
        {copied ? ` ✓ ${t("workshops.copy.done")}` : ""}
      </span>
    </button>
  );
}
