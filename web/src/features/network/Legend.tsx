/** The legend, which is also a filter: each entry shows or hides one type of actor or tie. */
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { edgeKey, edgeStyle, edgeStyles, nodeKey, nodeStyle, nodeStyles, symbolPath } from "./encoding.ts";
import type { Network } from "./queries.ts";

/** Legend keys hidden by the reader, as `node:<key>` and `edge:<key>`. */
export function useHiddenKeys() {
  const [hidden, setHidden] = useState<Set<string>>(() => new Set());
  const toggle = useCallback(
    (key: string) =>
      setHidden((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return { hidden, toggle };
}

const nodeOrder = [...Object.keys(nodeStyles), "case"];
const edgeOrder = Object.keys(edgeStyles);
const position = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()];
}

/** Without `onToggle`, a still legend (for print): its entries are text, not buttons. */
export function Legend({
  network,
  hidden,
  onToggle,
}: {
  network: Network;
  hidden: Set<string>;
  onToggle?: (key: string) => void;
}) {
  const { t, formatNumber } = useI18n();
  const { label } = useTerms();
  const nodes = useMemo(
    () => countBy(network.nodes, nodeKey).sort(([a], [b]) => position(nodeOrder, a) - position(nodeOrder, b)),
    [network],
  );
  const edges = useMemo(
    () => countBy(network.edges, edgeKey).sort(([a], [b]) => position(edgeOrder, a) - position(edgeOrder, b)),
    [network],
  );
  const nodeLabel = (key: string) =>
    key === "case"
      ? t("network.legend.case")
      : nodeStyles[key]
        ? label("stakeholderType", key)
        : t("network.legend.unknown");
  const edgeLabel = (key: string) =>
    key === "co-participation" || key === "participation"
      ? t(`network.edgeKind.${key}`)
      : edgeStyles[key]
        ? label("relationshipType", key)
        : t("network.legend.unknown");
  const directed = network.edges.some((e) => e.directed);
  return (
    <section className="legend" aria-label={t("network.legend")}>
      <div>
        <h4>{t("network.legend.nodes")}</h4>
        <ul>
          {nodes.map(([key, count]) => {
            const style = nodeStyle(key);
            const shown = !hidden.has(`node:${key}`);
            return (
              <li key={key}>
                <LegendEntry shown={shown} onToggle={onToggle && (() => onToggle(`node:${key}`))}>
                  <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
                    <path
                      d={symbolPath(style.shape, 6.5)}
                      fill={style.fill}
                      stroke={key === "case" ? "#1d2733" : "none"}
                    />
                  </svg>
                  <span>{nodeLabel(key)}</span>
                  <span className="count">{formatNumber(count)}</span>
                </LegendEntry>
              </li>
            );
          })}
        </ul>
      </div>
      {edges.length ? (
        <div>
          <h4>{t("network.legend.edges")}</h4>
          <ul>
            {edges.map(([key, count]) => {
              const style = edgeStyle(key);
              const shown = !hidden.has(`edge:${key}`);
              return (
                <li key={key}>
                  <LegendEntry shown={shown} onToggle={onToggle && (() => onToggle(`edge:${key}`))}>
                    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
                      <path
                        d="M1,6H27"
                        stroke={style.stroke}
                        strokeWidth={style.width + 0.5}
                        strokeDasharray={style.dash ?? undefined}
                      />
                    </svg>
                    <span>{edgeLabel(key)}</span>
                    <span className="count">{formatNumber(count)}</span>
                  </LegendEntry>
                </li>
              );
            })}
          </ul>
          {directed ? <p className="muted">{t("network.legend.directed")}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** A legend entry: a toggle button, or plain text in a still legend. */
function LegendEntry({ shown, onToggle, children }: { shown: boolean; onToggle?: () => void; children: ReactNode }) {
  if (!onToggle) return <span className="legend-entry">{children}</span>;
  return (
    <button type="button" className="legend-entry" aria-pressed={shown} onClick={onToggle}>
      {children}
    </button>
  );
}
