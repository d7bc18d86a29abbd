/** The citation of the current view: permalink, APA-like text, BibTeX and CSL-JSON, each to copy or save. */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { CopyField } from "./CopyField.tsx";
import { type Citation, toBibtex, toCslJson, toPermalink, toTextCitation } from "./citation.ts";
import { datasetOptions } from "./queries.ts";
import { useViewTitle } from "./view-title.tsx";

const today = () => new Date().toISOString().slice(0, 10);

function downloadHref(text: string, type: string) {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

export default function CiteDialog({ onClose }: { onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const dataset = useQuery(datasetOptions());
  const viewTitle = useViewTitle(t("app.name"));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  let citation: Citation | null = null;
  if (dataset.data) {
    const accessed = today();
    citation = {
      viewTitle: viewTitle(),
      url: toPermalink(window.location.href, dataset.data, accessed),
      accessed,
      dataset: dataset.data,
    };
  }
  const bibtex = citation ? toBibtex(citation) : "";
  const csl = citation ? `${JSON.stringify(toCslJson(citation), null, 2)}\n` : "";
  return (
    // The native dialog traps focus and closes on Escape; `onClose` hands focus back to the button.
    <dialog ref={dialog} className="cite-dialog" aria-labelledby="cite-title" onClose={onClose}>
      <div className="cite-dialog-head">
        <h2 id="cite-title">{t("cite.title")}</h2>
        <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
          {t("cite.close")}
        </button>
      </div>
      {dataset.isPending ? <Loading /> : null}
      {dataset.isError ? <ErrorState error={dataset.error} onRetry={() => dataset.refetch()} /> : null}
      {citation ? (
        <>
          <p className="muted">
            {t("cite.intro", {
              title: citation.viewTitle,
              version: citation.dataset.label,
              date: formatDate(citation.dataset.modified),
            })}
          </p>
          <CopyField label={t("cite.permalink")} value={citation.url} />
          <CopyField label={t("cite.text")} value={toTextCitation(citation, t("cite.apa"), formatDate)} multiline />
          <CopyField label={t("cite.bibtex")} value={bibtex} multiline />
          <CopyField label={t("cite.csl")} value={csl} multiline />
          <p className="downloads">
            <a href={downloadHref(bibtex, "application/x-bibtex")} download="coproduction-atlas-citation.bib">
              {t("cite.downloadBibtex")}
            </a>
            {" · "}
            <a
              href={downloadHref(csl, "application/vnd.citationstyles.csl+json")}
              download="coproduction-atlas-citation.json"
            >
              {t("cite.downloadCsl")}
            </a>
          </p>
        </>
      ) : null}
    </dialog>
  );
}
