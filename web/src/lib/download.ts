/** Saves what the app made or fetched as a file the person keeps: the one way the web app downloads. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob when the download starts; revoked later, not at once, for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
