import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Locale } from "../../i18n/locales.ts";
import { toLanguageName } from "./describe.ts";
import { journeyStepOptions } from "./queries.ts";

/** The step in the programme's own language, beside a translation, loaded when the reader opens it. */
export function OriginalText({ step, language }: { step: string; language: Locale }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const original = useQuery({ ...journeyStepOptions(step, language), enabled: open });
  if (language === locale) return null;
  const s = original.data?.step;
  return (
    <details className="journey-original" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("journey.original", { language: toLanguageName(locale, language) })}</summary>
      {s ? (
        <div lang={language} dir="ltr">
          {s.question ? <p className="journey-question">{s.question}</p> : null}
          {s.framing.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <ul>
            {s.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{t("state.loading")}</p>
      )}
    </details>
  );
}
