/** Downloads of the network as shown: data files from the API (same query), pictures from the graph. */
import { networkFileName } from "@atlas/api/contract";
import type { RefObject } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { downloadPng, downloadSvg } from "./download.ts";
import type { GraphHandle } from "./NetworkGraph.tsx";
import { exportLinks } from "./queries.ts";

export function Exports({
  query,
  graph,
  what,
}: {
  /** The API query of the network; no query: pictures only. */
  query?: Record<string, string>;
  graph: RefObject<GraphHandle | null>;
  /** What the pictures show, in their file names: one case's id, or the view. */
  what: string;
}) {
  const { t } = useI18n();
  const links = query ? exportLinks(query) : null;
  const picture = (format: "svg" | "png") => {
    const shown = graph.current?.toSvg();
    if (!shown) return;
    if (format === "svg") downloadSvg(shown.svg, networkFileName(what, "svg"));
    else void downloadPng(shown.svg, shown.width, shown.height, networkFileName(what, "png"));
  };
  return (
    <section className="exports" aria-labelledby="exports-heading">
      <h3 id="exports-heading">{t("network.exports")}</h3>
      <ul>
        {links ? (
          <>
            <li>
              <a href={links.graphml} download>
                {t("network.export.graphml")}
              </a>
            </li>
            <li>
              <a href={links.gexf} download>
                {t("network.export.gexf")}
              </a>
            </li>
            <li>
              <a href={links.nodesCsv} download>
                {t("network.export.nodesCsv")}
              </a>
            </li>
            <li>
              <a href={links.edgesCsv} download>
                {t("network.export.edgesCsv")}
              </a>
            </li>
          </>
        ) : null}
        <li>
          <button type="button" className="link-button" onClick={() => picture("svg")}>
            {t("network.export.svg")}
          </button>
        </li>
        <li>
          <button type="button" className="link-button" onClick={() => picture("png")}>
            {t("network.export.png")}
          </button>
        </li>
      </ul>
      <p className="muted">{t("network.exports.note")}</p>
    </section>
  );
}
