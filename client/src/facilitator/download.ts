import type { WireError } from '../../../shared/protocol/errors.js';
import { NETWORK_ERROR, SERVER_ERROR, type ClientError } from '../common/errors.js';

/**
 * Downloads a file from the API: fetched first, so a refusal (export_busy, a lost login) is shown
 * translated next to the button instead of saved as a file; then handed to the browser as a blob
 * under the name the server gave (`filename*`, UTF-8: a Korean program title).
 */
export async function downloadFile(path: string): Promise<ClientError | null> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    return NETWORK_ERROR;
  }
  if (!response.ok) {
    const json = (await response.json().catch(() => null)) as { error?: WireError } | null;
    return json?.error ?? SERVER_ERROR;
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    return NETWORK_ERROR;
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition')) ?? 'moim-export';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the blob can go once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

/** The `filename*=UTF-8''…` of a Content-Disposition, else its plain `filename="…"`. */
export function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}
