/** Hands a file to the browser as a download through a short-lived Blob link (no server round trip, no navigation). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by the next task; the URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
