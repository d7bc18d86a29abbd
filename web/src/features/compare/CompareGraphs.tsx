/**
 * The case graphs side by side on one scale: each laid out as on the case page (same seed, same
 * forces), then drawn with the same zoom, the one that fits the widest, so a bigger network looks
 * bigger. The table of measures is their text alternative.
 */
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { symbolPath } from "../network/encoding.ts";
import { computeLayout } from "../network/layout.ts";
import { toLinks, toScene, toShortLabel } from "../network/scene.ts";
import { Block } from "../translations/Block.tsx";
import type { CaseProfile } from "./queries.ts";

const size = 260;
const margin = 28;

function layoutOf(profile: CaseProfile) {
  const scene = toScene(profile.network);
  const layout = computeLayout({
    nodes: scene.nodes.map((n) => ({ radius: n.radius, labelWidth: n.shortLabel.length * 6.5 })),
    links: toLinks(scene),
    seed: 7,
  });
  const span = (values: Float64Array) => (values.length ? Math.max(...values) - Math.min(...values) : 0);
  const centre = (values: Float64Array) => (values.length ? (Math.max(...values) + Math.min(...values)) / 2 : 0);
  return { scene, layout, span: Math.max(span(layout.x), span(layout.y)), cx: centre(layout.x), cy: centre(layout.y) };
}

export function CompareGraphs({ profiles }: { profiles: CaseProfile[] }) {
  const { t } = useI18n();
  const drawn = useMemo(() => profiles.map(layoutOf), [profiles]);
  // One zoom for all: the one at which the widest graph just fits.
  const k = Math.min(1, (size - 2 * margin) / Math.max(1, ...drawn.map((d) => d.span)));
  return (
    <section aria-labelledby="graphs-heading">
      <h2 id="graphs-heading">{t("compare.graphs")}</h2>
      <p className="muted">{t("compare.graphsNote")}</p>
      <div className="compare-graphs">
        {drawn.map(({ scene, layout, cx, cy }, i) => {
          const profile = profiles[i] as CaseProfile;
          const x = (j: number) => size / 2 + ((layout.x[j] ?? 0) - cx) * k;
          const y = (j: number) => size / 2 + ((layout.y[j] ?? 0) - cy) * k;
          return (
            <figure key={profile.case.id}>
              <svg
                viewBox={`0 0 ${size} ${size}`}
                role="img"
                aria-label={t("compare.graphLabel", {
                  title: profile.case.title,
                  actors: profile.measures.actors,
                  ties: profile.measures.ties,
                })}
              >
                {scene.edges.map((e) => (
                  <line
                    key={e.index}
                    x1={x(e.source)}
                    y1={y(e.source)}
                    x2={x(e.target)}
                    y2={y(e.target)}
                    className="compare-edge"
                  />
                ))}
                {scene.nodes.map((n) => (
                  <g key={n.id} transform={`translate(${x(n.index)},${y(n.index)})`}>
                    <path
                      d={symbolPath(n.style.shape, n.radius * Math.max(k, 0.6))}
                      fill={n.style.fill}
                      stroke="#1d2733"
                      strokeWidth={0.8}
                    />
                    <title>{n.label}</title>
                    <text x={n.radius * Math.max(k, 0.6) + 3} y={3} className="compare-label">
                      {toShortLabel(n.label, 22)}
                    </text>
                  </g>
                ))}
              </svg>
              <figcaption>
                <Block content={profile.case.content} path="title">
                  {profile.case.title}
                </Block>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
