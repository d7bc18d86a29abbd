/**
 * The small note above translated content: who translated it and how, with the English original one
 * click away; or, while the original is shown, who wrote it and from sources in which languages.
 */
import { useI18n } from "../../i18n/i18n.tsx";
import { type Content, hasFallback, hasTranslation, languageNames } from "./content.ts";

export function ContentNote(props: { content: Content; showingOriginal: boolean; onToggle: () => void }) {
  const { content, showingOriginal, onToggle } = props;
  const { t, locale } = useI18n();
  if (locale === "en") return null;
  const sources = content.original.sourceLanguages;
  const original = sources.length
    ? t("translation.originalFrom", { languages: languageNames(sources, locale) })
    : t("translation.original");
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
        <span lang={locale}>{t("translation.none")}</span>
      </p>
    );
  }
  const by = tr.translatedBy === "atlas-editors" ? t("translation.byEditors") : tr.translatedBy;
  const key = `translation.${tr.method}.${tr.reviewed ? "reviewed" : "unreviewed"}` as const;
  return (
    <p className="content-note">
      <span>{t(key, { by, reviewer: tr.reviewedBy ?? "" })}</span>
      {hasFallback(content) ? <span>{` ${t("translation.partly")}`}</span> : null}
      <span aria-hidden="true">{" · "}</span>
      <button type="button" className="link-button" onClick={onToggle}>
        {t("translation.showOriginal")}
      </button>
    </p>
  );
}
