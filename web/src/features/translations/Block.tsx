/**
 * One block of a record's text, carrying its own language (and dir="auto", since a translated block can
 * hold Latin names inside Arabic), and marked when it is the original standing in for a missing translation.
 */
import type { ElementType, ReactNode } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { blockLang, type Content, isFallback, languageNames } from "./content.ts";

export function Block(props: {
  content: Pick<Content, "lang" | "fields" | "original">;
  path: string;
  as?: ElementType;
  className?: string;
  children: ReactNode;
}) {
  const { content, path, as: Tag = "span", className, children } = props;
  const { t, locale } = useI18n();
  const fallback = isFallback(content, path);
  return (
    <Tag lang={blockLang(content, path)} dir="auto" className={className}>
      {children}
      {fallback ? (
        <span className="fallback-mark" lang={content.lang}>
          {` (${t("translation.inOriginal", { language: languageNames([content.original.lang], locale) })})`}
        </span>
      ) : null}
    </Tag>
  );
}
