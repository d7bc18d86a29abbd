import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { loadBasemap } from "../../map/basemap.ts";
import type { PackCase } from "./pack.ts";
import { type MapPicture, toMapPicture } from "./pack-map.ts";

const width = 720;
const height = 440;

/** The evidence cases: numbered on a still map, then each with its place, the steps citing it and its sources. */
export function PackCases({ cases }: { cases: PackCase[] }) {
  const { t } = useI18n();
  // The finer outlines: a pack's map shows a region, where the coarse ones look crude.
  const basemap = useQuery({
    queryKey: ["basemap", "detailed"],
    queryFn: () => loadBasemap("detailed"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (cases.length === 0) {
    return (
      <section className="ws-pack-section ws-pack-cases" aria-labelledby="pack-cases">
        <h2 id="pack-cases">{t("workshops.pack.cases")}</h2>
        <p className="muted">{t("workshops.pack.casesNone")}</p>
      </section>
    );
  }
  const points = cases.flatMap((c) => (c.location ? [{ number: c.number, ...c.location }] : []));
  const picture = toMapPicture(points, basemap.data, width, height);
  return (
    <section className="ws-pack-section ws-pack-cases" aria-labelledby="pack-cases">
      <h2 id="pack-cases">{t("workshops.pack.cases")}</h2>
      {picture ? <PackMap picture={picture} loaded={Boolean(basemap.data)} /> : null}
      <ol className="ws-pack-case-list">
        {cases.map((c) => (
          <li key={c.number} value={c.number}>
            <span className="ws-pack-ref">{c.number}</span>{" "}
            {c.caseId ? (
              <Link to={`/cases/${encodeURIComponent(c.caseId)}`}>
                <strong>{c.title}</strong>
              </Link>
            ) : (
              <strong>{c.title}</strong>
            )}
            {c.place ? ` (${c.place})` : ""}
            <p className="meta">
              {[
                t("workshops.pack.citedBy", { steps: c.steps.join(", ") }),
                c.caseId ? "" : t("workshops.pack.left"),
                c.caseId && !c.location ? t("workshops.pack.notMapped") : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {c.sources.length ? (
              <ul className="ws-report-sources" aria-label={t("workshops.pack.sources")}>
                {c.sources.map((s) => (
                  <li key={s.url}>
                    <a href={s.url}>{s.title}</a>
                    {[s.publisher, s.year].filter((x) => x !== null && x !== "").length
                      ? ` — ${[s.publisher, s.year].filter((x) => x !== null && x !== "").join(", ")}`
                      : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PackMap({ picture, loaded }: { picture: MapPicture; loaded: boolean }) {
  const { t } = useI18n();
  return (
    <figure className="ws-pack-figure">
      <svg
        className="ws-pack-map"
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        role="img"
        aria-label={t("workshops.pack.mapAlt")}
        data-basemap={loaded ? "loaded" : "loading"}
      >
        <rect width={picture.width} height={picture.height} fill="#dbe9f4" />
        <path d={picture.land} fill="#f4f1ea" stroke="#b9b2a3" strokeWidth={0.6} />
        <path d={picture.borders} fill="none" stroke="#9c9485" strokeWidth={0.5} strokeDasharray="2 2" />
        {picture.markers.map((m) => {
          const text = m.numbers.join(",");
          const r = Math.max(9, 3.5 * text.length + 3);
          return (
            <g key={text} transform={`translate(${m.x.toFixed(1)},${m.y.toFixed(1)})`}>
              <circle r={r} fill="#b3261e" stroke="#ffffff" strokeWidth={1.5} />
              <text textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontSize={11} fontWeight={700}>
                {text}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t("workshops.pack.mapCaption")}</figcaption>
    </figure>
  );
}
