import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { Block } from "../translations/Block.tsx";
import { type Scheme, useTerms } from "../vocabularies/queries.ts";
import { Place } from "./CaseList.tsx";
import { similarCasesOptions } from "./queries.ts";

/** Other cases that share this one's phases, domains or collaboration types, and what they share. */
export function SimilarCases({ id }: { id: string }) {
  const { t } = useI18n();
  const { label } = useTerms();
  const query = useQuery(similarCasesOptions(id));
  if (!query.data || query.data.items.length === 0) return null;
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t("case.similar")}</h2>
      <ul className="similar">
        {query.data.items.map((c) => (
          <li key={c.id}>
            <Link to={`/cases/${c.id}`}>
              <Block content={c.content} path="title">
                {c.title}
              </Block>
            </Link>
            <span className="meta">
              <Place c={c} />
            </span>
            <span className="muted">
              {t("case.shares", {
                values: c.shared
                  .map((s) => {
                    const [scheme, key] = s.split(":") as [Scheme, string];
                    return label(scheme, key);
                  })
                  .join(", "),
              })}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("case.similarHint")}</p>
    </section>
  );
}
