/** How a download names its file: an ASCII fallback and the full name (RFC 6266), from one place. */

/** A Content-Disposition value for a file saved under `name`. */
export const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
