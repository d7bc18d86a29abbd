/**
 * Imports server state: the signed-in curator (for the CSRF token every write carries), previews and
 * dry runs keyed by file and settings, batches (polled while one is written), presets; and the writes.
 */
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, apiError, unwrap } from "../../api.ts";
import { saveFile } from "../../lib/download.ts";
import type { ImportKind, ImportSettings } from "./draft.ts";

const imports = api.imports;
const file = imports.files[":id"];

/** Headers of a curator's write: the session's CSRF token (the cookie travels by itself). */
const csrf = (token: string) => ({ headers: { "x-csrf-token": token } });

export const meOptions = () =>
  queryOptions({
    queryKey: ["accounts", "me"],
    queryFn: () => unwrap(api.accounts.me.$get()),
    retry: false,
  });

const fetchPreview = (fileId: string, settings: ImportSettings, token: string) =>
  unwrap(file.preview.$post({ param: { id: fileId }, json: { settings } }, csrf(token)));
export type Preview = Awaited<ReturnType<typeof fetchPreview>>;

export const previewOptions = (fileId: string, settings: ImportSettings, token: string) =>
  queryOptions({
    queryKey: ["imports", "files", fileId, "preview", settings],
    queryFn: () => fetchPreview(fileId, settings, token),
    placeholderData: keepPreviousData,
    retry: false,
  });

export const runDryRun = (fileId: string, settings: ImportSettings, token: string) =>
  unwrap(file["dry-run"].$post({ param: { id: fileId }, json: { settings } }, csrf(token)));

export const batchesOptions = () =>
  queryOptions({ queryKey: ["imports", "batches"], queryFn: () => unwrap(imports.batches.$get()) });

/** A batch, polled twice a second while it is being written. */
export const batchOptions = (id: string) =>
  queryOptions({
    queryKey: ["imports", "batches", id],
    queryFn: () => unwrap(imports.batches[":id"].$get({ param: { id } })),
    refetchInterval: (query) => (query.state.data?.status === "running" ? 500 : false),
  });

export const presetsOptions = (kind: ImportKind) =>
  queryOptions({
    queryKey: ["imports", "presets", kind],
    queryFn: () => unwrap(imports.presets.$get({ query: { kind } })),
  });

export async function uploadFile(picked: File, token: string) {
  const content = await toBase64(picked);
  return unwrap(imports.files.$post({ json: { name: picked.name, content } }, csrf(token)));
}

export const startImport = (fileId: string, settings: ImportSettings, publish: boolean, token: string) =>
  unwrap(file.batches.$post({ param: { id: fileId }, json: { settings, publish } }, csrf(token)));

export const undoBatch = (id: string, token: string) =>
  unwrap(imports.batches[":id"].undo.$post({ param: { id }, json: {} }, csrf(token)));

export async function savePreset(name: string, settings: ImportSettings, token: string) {
  await done(imports.presets[":name"].$put({ param: { name }, json: { settings } }, csrf(token)));
}

export async function deletePreset(name: string, token: string) {
  await done(imports.presets[":name"].$delete({ param: { name } }, csrf(token)));
}

/** The dry run's report as a CSV file, handed to the browser to save. */
export async function downloadReport(fileId: string, settings: ImportSettings, token: string) {
  const res = await file["report.csv"].$post({ param: { id: fileId }, json: { settings } }, csrf(token));
  if (!res.ok) throw await apiError(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "dry-run.csv";
  saveFile(await res.blob(), name);
}

/** For answers without a body (204): throws the API's error like unwrap does. */
async function done(response: Promise<Response>) {
  const res = await response;
  if (!res.ok) throw await apiError(res);
}

function toBase64(picked: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL is "data:<type>;base64,<bytes>"; the API takes the bytes.
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(picked);
  });
}

export type DryRun = Awaited<ReturnType<typeof runDryRun>>;
