/**
 * The small note above translated content: who translated it and how, with the original one click
 * away; or, while the original is shown, who wrote it, in which language, from sources in which languages.
 * Nothing when the reader reads the record in the language it was written in.
 */
import { useI18n } from "../../i18n/i18n.tsx";
import { type Content, hasFallback, hasTranslation, languageNames } from "./content.ts";

const writers = {
  "atlas-editors": "translation.byEditors",
  contributor: "translation.byContributor",
  import: "translation.byImport",
  curator: "translation.byCurator",
} as const;

export function ContentNote(props: { content: Content; showingOriginal: boolean; onToggle: () => void }) {
  const { content, showingOriginal, onToggle } = props;
  const { t, locale } = useI18n();
  if (content.original.lang === locale) return null;
  const language = languageNames([content.original.lang], locale);
  const sources = content.original.sourceLanguages;
  const writer = t(writers[content.original.writtenBy as keyof typeof writers] ?? "translation.byEditors");
  const original = sources.length
    ? t("translation.originalFrom", { language, by: writer, languages: languageNames(sources, locale) })
    : t("translation.original", { language, by: writer });
  if (showingOriginal) {
    return (
      <p className="content-note">
        <span>{original}</span>
        <span aria-hidden="true">{" · "}</span>
        <button type="button" className="link-button" onClick={onToggle}>
          {t("translation.showTranslation")}
        </button>
      </p>
    );
  }
  const tr = content.translation;
  if (!tr || !hasTranslation(content)) {
    return (
      <p className="content-note content-note-fallback">
        <span lang={locale}>{t("translation.none", { language })}</span>
      </p>
    );
  }
  const by = tr.translatedBy === "atlas-editors" ? t("translation.byEditors") : tr.translatedBy;
  const key = `translation.${tr.method}.${tr.reviewed ? "reviewed" : "unreviewed"}` as const;
  return (
    <p className="content-note">
      <span>{t(key, { language, by, reviewer: tr.reviewedBy ?? "" })}</span>
      {hasFallback(content) ? <span>{` ${t("translation.partly", { language })}`}</span> : null}
      <span aria-hidden="true">{" · "}</span>
      <button type="button" className="link-button" onClick={onToggle}>
        {t("translation.showOriginal")}
      </button>
    </p>
  );
}
