import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useTerms } from "../vocabularies/queries.ts";
import type { CaseList } from "./queries.ts";

type Matched = NonNullable<CaseList["items"][number]["matched"]>;

/** "Matched: Care (Policy domains)": why a search found a case whose text may not hold the words. */
export function MatchedTerms({ matched }: { matched: Matched | undefined }) {
  const { t } = useI18n();
  const { label } = useTerms();
  if (!matched?.length) return null;
  return (
    <p className="matched-terms">
      {t("results.matched")}{" "}
      {matched.map((m, i) => (
        <span key={`${m.scheme}:${m.key}`}>
          {i > 0 ? ", " : null}
          <bdi>{label(m.scheme, m.key)}</bdi> ({t(`scheme.${m.scheme}` as MessageKey)})
        </span>
      ))}
    </p>
  );
}
