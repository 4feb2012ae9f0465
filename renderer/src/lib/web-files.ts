/**
 * Owns the web preview's file transport for export and import (Electron uses
 * native dialogs in main instead): uploading a file to import, streamed by the
 * browser rather than read into a string, and downloading a finished export.
 * Paths match main/web/server.ts.
 */
const UPLOAD_PATH = '/__unknot/upload';
const DOWNLOAD_PREFIX = '/__unknot/download/';

/** Uploads a file for data:import; resolves to its upload id. Rejects with the server's words. */
export async function uploadForImport(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch(UPLOAD_PATH, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new Error('The file could not be sent to Unknot. Is the preview still running?');
  }
  const body = (await response.json().catch(() => null)) as
    { ok: true; value: { upload: string } } | { ok: false; error: { message: string } } | null;
  if (!body) throw new Error(`The file could not be sent to Unknot (HTTP ${response.status}).`);
  if (!body.ok) throw new Error(body.error.message);
  return body.value.upload;
}

/** Starts the browser's download of a finished export. */
export function downloadExport(job: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `${DOWNLOAD_PREFIX}${encodeURIComponent(job)}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
