/**
 * Saves text as a file through a temporary <a download>: works in Chrome and
 * Firefox extension pages without the "downloads" permission. The object URL
 * is revoked a little later, because Firefox reads it after click() returns.
 */
export function downloadFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
