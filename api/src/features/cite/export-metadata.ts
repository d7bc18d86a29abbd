/**
 * The dataset version in every export: in the file where its format has room for it (a GeoJSON
 * member, GEXF's meta, a GraphML description, a CSV column, a JSON field), in the file name, and in
 * HTTP headers pointing at /api/dataset, so a downloaded file still says which data it holds.
 */
import { attachment } from "../../http/download.ts";
import type { DatasetVersion } from "./dataset-version.ts";

/** What an export states about its data. */
export interface ExportDataset {
  title: string;
  version: string;
  hash: string;
  label: string;
  modified: string;
  licence: string;
}

export function toExportDataset(v: DatasetVersion): ExportDataset {
  return {
    title: "Co-production Atlas",
    version: v.version,
    hash: v.hash,
    label: v.label,
    modified: v.modified,
    licence: "CC-BY-4.0",
  };
}

/** One line for formats that hold free text. */
export function toDatasetNote(d: ExportDataset): string {
  return `Dataset version ${d.label} (content SHA-256 ${d.hash}, last changed ${d.modified}); data under CC BY 4.0, each record's sources in the atlas.`;
}

/** `atlas-cases.csv` becomes `atlas-cases-v1.0.0-a1b2c3d4e5f6.csv`. */
export function toVersionedFileName(name: string, d: ExportDataset): string {
  const dot = name.lastIndexOf(".");
  const tag = `v${d.label.replace("+", "-")}`;
  return dot < 0 ? `${name}-${tag}` : `${name.slice(0, dot)}-${tag}${name.slice(dot)}`;
}

export function toDatasetHeaders(d: ExportDataset): Record<string, string> {
  return { "x-atlas-dataset-version": d.label, link: '</api/dataset>; rel="describedby"; type="application/json"' };
}

/** Headers of a file download: type, versioned name, dataset headers. */
export function toDownloadHeaders(mediaType: string, name: string, d: ExportDataset): Record<string, string> {
  return {
    "content-type": mediaType,
    "content-disposition": attachment(toVersionedFileName(name, d)),
    ...toDatasetHeaders(d),
  };
}
