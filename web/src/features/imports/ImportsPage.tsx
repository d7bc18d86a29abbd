/**
 * /curate/imports: a curator brings a whole dataset in. Upload a file, check how it was read and how
 * its columns and values map, name its source, dry-run it, then import it as one batch (proposals in
 * the review queue, or published) and undo a batch as a whole.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api.ts";
import { Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { BatchList } from "./BatchList.tsx";
import { BatchProgress } from "./BatchProgress.tsx";
import { ColumnMapping } from "./ColumnMapping.tsx";
import { DryRunReport } from "./DryRunReport.tsx";
import {
  emptyDraft,
  fromSettings,
  type ImportDraft,
  type ImportSettings,
  toSettings,
  withColumn,
  withValue,
} from "./draft.ts";
import { FileStep } from "./FileStep.tsx";
import { PresetSave } from "./PresetSave.tsx";
import { downloadReport, meOptions, previewOptions, runDryRun, startImport, uploadFile } from "./queries.ts";
import { SourceFields } from "./SourceFields.tsx";
import { ValueMapping } from "./ValueMapping.tsx";
import "./imports.css";

export function ImportsPage() {
  const { t } = useI18n();
  const me = useQuery(meOptions());
  if (me.isPending) return <Loading />;
  if (!me.data) {
    const signedOut = me.error instanceof ApiError && me.error.status === 401;
    return (
      <div className="im-page">
        <h1>{t("imports.title")}</h1>
        <p role="alert">{signedOut ? t("imports.signIn") : formError(me.error)}</p>
        <Link to="/curate">{t("imports.toCurate")}</Link>
      </div>
    );
  }
  return <Importer token={me.data.csrfToken} />;
}

/** The preview does not depend on the source; leaving it out keeps typing the source from re-reading the file. */
const withoutSource = ({ source: _source, ...settings }: ImportSettings): ImportSettings => settings;

function Importer({ token }: { token: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState<ImportDraft>(emptyDraft("stakeholder"));
  const [presetName, setPresetName] = useState("");
  const [file, setFile] = useState<{ id: string; name: string } | undefined>();
  const [publish, setPublish] = useState(false);
  const [batchId, setBatchId] = useState<string | undefined>();
  const settings = toSettings(draft);
  const settingsKey = JSON.stringify(settings);

  const upload = useMutation({
    mutationFn: (picked: File) => uploadFile(picked, token),
    onSuccess: (stored) => {
      setFile(stored);
      setBatchId(undefined);
      dryRun.reset();
    },
  });
  const preview = useQuery({
    ...previewOptions(file?.id ?? "", withoutSource(settings), token),
    enabled: file !== undefined,
  });
  const dryRun = useMutation({
    mutationFn: async (body: ImportSettings) => ({
      key: JSON.stringify(body),
      result: await runDryRun(file?.id ?? "", body, token),
    }),
  });
  const start = useMutation({
    mutationFn: () => startImport(file?.id ?? "", settings, publish, token),
    onSuccess: (started) => {
      setBatchId(started.batchId);
      return client.invalidateQueries({ queryKey: ["imports", "batches"] });
    },
  });
  const download = useMutation({ mutationFn: () => downloadReport(file?.id ?? "", settings, token) });

  const change = (next: ImportDraft) => {
    setDraft(next);
    start.reset();
  };
  const errors = { ...errorsByPath(dryRun.error), ...errorsByPath(start.error) };
  const current = dryRun.data?.key === settingsKey ? dryRun.data.result : undefined;
  const importable = current?.importable ?? 0;

  return (
    <div className="im-page">
      <h1>{t("imports.title")}</h1>
      <p className="muted">{t("imports.intro")}</p>
      <FileStep
        kind={draft.kind}
        onKind={(kind) => change({ ...emptyDraft(kind), source: draft.source })}
        onPreset={(name, preset) => {
          setPresetName(name);
          change(fromSettings(preset));
        }}
        onUpload={(picked) => upload.mutate(picked)}
        busy={upload.isPending}
        error={upload.error ?? preview.error}
      />
      {file && preview.data ? (
        <>
          <ColumnMapping preview={preview.data} onColumn={(f, c) => change(withColumn(draft, f, c))} />
          <ValueMapping
            preview={preview.data}
            onValue={(target, token_, key) => change(withValue(draft, target, token_, key))}
          />
          <SourceFields source={draft.source} errors={errors} onChange={(source) => change({ ...draft, source })} />
          <div className="im-step">
            <label className="im-check">
              <input
                type="checkbox"
                checked={draft.importDuplicates}
                onChange={(e) => change({ ...draft, importDuplicates: e.target.checked })}
              />
              {t("imports.options.duplicates")}
            </label>
            <PresetSave key={presetName} initial={presetName} settings={settings} token={token} />
          </div>
          <div className="im-step">
            <button type="button" disabled={dryRun.isPending} onClick={() => dryRun.mutate(settings)}>
              {dryRun.isPending ? t("imports.dryRun.running") : t("imports.dryRun.run")}
            </button>
            {dryRun.data && !current ? <p className="im-warning">{t("imports.dryRun.stale")}</p> : null}
            {formError(dryRun.error) ? (
              <p className="im-error" role="alert">
                {formError(dryRun.error)}
              </p>
            ) : null}
          </div>
          {current ? <DryRunReport result={current} onDownload={() => download.mutate()} /> : null}
          {current ? (
            <section className="im-step" aria-labelledby="im-import-heading">
              <h2 id="im-import-heading">{t("imports.import.title")}</h2>
              <fieldset className="im-choice">
                <legend>{t("imports.import.as")}</legend>
                <label>
                  <input type="radio" name="im-publish" checked={!publish} onChange={() => setPublish(false)} />
                  {t("imports.import.asProposals")}
                </label>
                <label>
                  <input type="radio" name="im-publish" checked={publish} onChange={() => setPublish(true)} />
                  {t("imports.import.asPublished")}
                </label>
              </fieldset>
              <button
                type="button"
                disabled={start.isPending || batchId !== undefined || importable === 0}
                onClick={() => start.mutate()}
              >
                {t("imports.import.run", { count: importable })}
              </button>
              {formError(start.error) ? (
                <p className="im-error" role="alert">
                  {formError(start.error)}
                </p>
              ) : null}
              {batchId ? <BatchProgress batchId={batchId} /> : null}
            </section>
          ) : null}
        </>
      ) : null}
      {file && preview.isPending ? <Loading /> : null}
      <BatchList token={token} />
    </div>
  );
}
