import type { ExportFormat, ExportRequest } from '../../shared/schemas/security.schema';
import { refusal, requestHeaders, unreachable, type ApiResult, type StaffAuth } from './api-client';

const ACCEPT: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file name the server suggests in Content-Disposition, or a plain one. */
export function exportFileName(disposition: string | null, format: ExportFormat = 'csv'): string {
  const fallback = `floorbook-members.${format}`;
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return fallback;
  }
}

/** Hand a file to the browser's downloads, as a link to an object URL would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later task: some browsers start reading the URL only after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Manager: the store's members as a workbook or CSV, downloaded to this tablet. The reason goes into the audit
 * log with her name. Not through `callApi`: the answer is a file, not JSON.
 */
export async function downloadExport(
  auth: StaffAuth,
  request: ExportRequest,
  save: (blob: Blob, fileName: string) => void = saveFile,
): Promise<ApiResult<{ fileName: string }>> {
  let res: Response;
  let blob: Blob;
  try {
    // The reason in the body: a URL would leave it in server and proxy logs.
    res = await fetch('/api/export', {
      method: 'POST',
      headers: {
        ...requestHeaders(auth),
        accept: ACCEPT[request.format],
        'content-type': 'application/json',
      },
      body: JSON.stringify(request),
    });
    if (!res.ok) return refusal(res, await res.json().catch(() => null));
    // The body streams after the headers: a dropped connection fails here, not above.
    blob = await res.blob();
  } catch (err) {
    return unreachable(err);
  }
  const fileName = exportFileName(res.headers.get('content-disposition'), request.format);
  save(blob, fileName);
  return { ok: true, value: { fileName } };
}
