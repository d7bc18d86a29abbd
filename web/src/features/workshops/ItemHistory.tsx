import { useInfiniteQuery } from "@tanstack/react-query";
import { Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { useWorkshop } from "./context.tsx";
import { historyOptions, type ItemData } from "./queries.ts";

const kinds = [
  "created",
  "edited",
  "moved",
  "evidence-added",
  "evidence-removed",
  "merged",
  "merged-into",
  "removed",
  "restored",
];

/** Every change to a step, newest first: who, when, and what the step said after it. */
export function ItemHistory({ item }: { item: ItemData }) {
  const { t, locale } = useI18n();
  const { label } = useTerms();
  const { id, secret } = useWorkshop();
  const query = useInfiniteQuery(historyOptions(id, item.id, secret));
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });
  if (query.isPending) return <Loading />;
  if (!query.data) return null;
  return (
    <section className="ws-history" aria-label={t("workshops.history.title", { title: item.title })}>
      <ol>
        {query.data.pages
          .flatMap((page) => page.items)
          .map((r) => {
            const caseTitle = typeof r.detail?.caseTitle === "string" ? r.detail.caseTitle : undefined;
            return (
              <li key={r.id}>
                <p className="meta">
                  <strong>
                    {kinds.includes(r.kind) ? t(`workshops.history.kind.${r.kind}` as MessageKey) : r.kind}
                  </strong>{" "}
                  · {r.author.name} · <time dateTime={r.createdAt}>{time.format(new Date(r.createdAt))}</time> ·{" "}
                  {t("workshops.history.version", { version: r.version })}
                </p>
                {caseTitle ? <p>{caseTitle}</p> : null}
                {r.kind === "created" || r.kind === "edited" || r.kind === "merged" ? (
                  <p>
                    <span className="ws-field-name">{r.snapshot.title}</span> · {label("phase", r.snapshot.phase)}
                    {r.snapshot.description ? <span className="ws-history-text">{r.snapshot.description}</span> : null}
                  </p>
                ) : null}
              </li>
            );
          })}
      </ol>
      {query.hasNextPage ? (
        <button
          type="button"
          className="link-button"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("workshops.history.older")}
        </button>
      ) : null}
    </section>
  );
}
