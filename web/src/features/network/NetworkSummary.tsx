import { useI18n } from "../../i18n/i18n.tsx";
import type { Network } from "./queries.ts";
import { toSummarySentences } from "./summary.ts";

/** The text summary; its id describes the graph, and it is announced when the filters change it. */
export function NetworkSummary({ network, id }: { network: Network; id: string }) {
  const { t, tp, formatNumber, locale } = useI18n();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const sentences = toSummarySentences(network, { t, tp, formatNumber, list });
  return (
    <p id={id} className="network-summary" aria-live="polite">
      {sentences.join(" ")}
    </p>
  );
}
