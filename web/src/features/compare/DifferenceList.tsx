import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import type { Scheme } from "../vocabularies/queries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { type Difference, toDifferences } from "./differences.ts";
import type { Comparison } from "./queries.ts";

/** The differences, each said in a sentence. */
export function DifferenceList({ comparison }: { comparison: Comparison }) {
  const { t } = useI18n();
  const { label } = useTerms();
  const title = new Map(comparison.profiles.map((p) => [p.case.id, p.case.title]));
  const name = (id: string) => title.get(id) ?? id;
  const list = (ids: string[]) => ids.map(name).join(" · ");
  const say = (d: Difference): string => {
    switch (d.kind) {
      case "only":
      case "allBut":
        return t(d.kind === "only" ? "compare.diff.only" : "compare.diff.allBut", {
          case: name(d.caseId),
          value: label(d.scheme as Scheme, d.key),
          scheme: t(`scheme.${d.scheme}` as MessageKey),
        });
      case "scales":
        return t("compare.diff.scales", {
          list: d.scales.map((s) => `${name(s.caseId)}: ${t(`scale.${s.scale}` as MessageKey)}`).join("; "),
        });
      case "size":
        return t("compare.diff.size", {
          largest: name(d.largest),
          largestActors: d.largestActors,
          smallest: name(d.smallest),
          smallestActors: d.smallestActors,
        });
      case "noBroker":
        return t("compare.diff.noBroker", { case: name(d.caseId) });
      case "sharedStakeholder":
        return t("compare.diff.sharedStakeholder", { name: d.name, cases: list(d.caseIds) });
    }
  };
  const differences = toDifferences(comparison);
  return (
    <section aria-labelledby="differences-heading">
      <h2 id="differences-heading">{t("compare.differences")}</h2>
      {differences.length === 0 ? <p>{t("compare.diff.none")}</p> : null}
      <ul className="differences">
        {differences.map((d) => (
          <li key={JSON.stringify(d)}>{say(d)}</li>
        ))}
      </ul>
    </section>
  );
}
