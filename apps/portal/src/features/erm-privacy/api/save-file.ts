/** The file name a response offers in `Content-Disposition`, or a fallback. */
export function attachmentFileName(response: Response, fallback: string): string {
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '');
  return plain ? plain[1].trim() : fallback;
}

/** Lets the browser save a downloaded file. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
