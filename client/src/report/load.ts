import type { Text } from '../../../shared/i18n/text.js';
import type { ReportResponse } from '../../../shared/report/build.js';
import { forgetReport, saveReport, savedReport, type Credential } from './credentials.js';

export type LoadResult =
  | { kind: 'fresh'; response: ReportResponse }
  /** Offline (or the server unreachable): the copy saved when the report was last opened here. */
  | { kind: 'saved'; response: ReportResponse; savedAt: number }
  | { kind: 'refused'; message: Text }
  | { kind: 'none' }
  | { kind: 'failed' };

/**
 * Reads the report with the credential in an Authorization header (never in the URL). A refusal
 * (unknown token, retention over) also removes the copy kept on the device.
 */
export async function loadReport(
  programId: string | null,
  credential: Credential | null,
): Promise<LoadResult> {
  const offlineCopy = (): LoadResult => {
    const saved = savedReport(programId);
    return saved ? { kind: 'saved', response: saved.response, savedAt: saved.savedAt } : { kind: 'failed' };
  };
  if (!credential) {
    const saved = savedReport(programId);
    return saved ? { kind: 'saved', response: saved.response, savedAt: saved.savedAt } : { kind: 'none' };
  }
  if (credential.kind === 'facilitator') return loadForFacilitator(credential);
  let res: Response;
  try {
    res = await fetch(credential.kind === 'link' ? '/api/report/by-link' : '/api/report', {
      headers: {
        authorization: `${credential.kind === 'link' ? 'ReportLink' : 'Bearer'} ${credential.token}`,
      },
      cache: 'no-store',
    });
  } catch {
    return offlineCopy();
  }
  const body = (await res.json().catch(() => null)) as
    ReportResponse | { error?: { code?: string; message?: Text } } | null;
  if (res.ok && body && 'report' in body) {
    saveReport(body, credential, Date.now());
    return { kind: 'fresh', response: body };
  }
  const error = body && 'error' in body ? body.error : undefined;
  if ((res.status === 404 || res.status === 410) && error?.message) {
    if (programId) forgetReport(programId);
    return { kind: 'refused', message: error.message };
  }
  return offlineCopy();
}

/**
 * A facilitator's view of one member's report (the login cookie goes with the same-origin request).
 * Nothing is kept on this computer: it is someone else's report, often on a shared center PC.
 */
async function loadForFacilitator(
  credential: Extract<Credential, { kind: 'facilitator' }>,
): Promise<LoadResult> {
  const path = `/api/programs/${encodeURIComponent(credential.programId)}/members/${encodeURIComponent(credential.memberId)}/report`;
  let res: Response;
  try {
    res = await fetch(path, { cache: 'no-store' });
  } catch {
    return { kind: 'failed' };
  }
  const body = (await res.json().catch(() => null)) as ReportResponse | { error?: { message?: Text } } | null;
  if (res.ok && body && 'report' in body) return { kind: 'fresh', response: body };
  const message = body && 'error' in body ? body.error?.message : undefined;
  return message ? { kind: 'refused', message } : { kind: 'failed' };
}
