/** Hands a finished file to the browser as a download, then forgets it once it has been read. */
export function saveBlob(blob: Blob, name: string, afterwards?: () => void): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    afterwards?.();
  }, 60_000);
}
