/** How a download names its file (RFC 6266), from one place. */

/** A Content-Disposition value for a file saved under `name`; a name beyond plain ASCII also gets its UTF-8 form. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|"/g, "_");
  const plain = `attachment; filename="${ascii}"`;
  return ascii === name ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(name)}`;
}
