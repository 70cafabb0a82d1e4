import { readJson, removeKey, writeJson } from '../common/storage.js';
import type { ReportResponse } from '../../../shared/report/build.js';

/**
 * What opens a report on this device, and the last copy for offline reading. The member token is
 * kept per program (`moim.report.<programId>`, written by the phone on every join): a join code is
 * released when its program ends and may be reused by another, so a per-code identity can be lost.
 */
export type Credential =
  | { kind: 'member'; token: string }
  | { kind: 'link'; token: string }
  /** A facilitator opening a member's report from the roster: their login cookie, nothing kept here. */
  | { kind: 'facilitator'; programId: string; memberId: string };

const memberKey = (programId: string) => `moim.report.${programId}`;
const linkKey = (programId: string) => `moim.reportLink.${programId}`;
const viewKey = (programId: string) => `moim.reportView.${programId}`;
const LAST_PROGRAM_KEY = 'moim.reportView.last';

export interface SavedReport {
  savedAt: number;
  response: ReportResponse;
}

/**
 * A link's token from `#link=…`, removed from the address at once (before the first render): it
 * must not stay in the history, a bookmark or the URL a printed page carries in its footer.
 */
export function takeLinkToken(): string | null {
  const match = /^#link=([\w-]{20,200})$/.exec(window.location.hash);
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return match?.[1] ?? null;
}

/** The program asked for (`?p=`), else the one this device last opened. */
export function requestedProgram(): string | null {
  const p = new URLSearchParams(window.location.search).get('p');
  if (p && /^[\w-]{1,64}$/.test(p)) return p;
  return readJson<string>(LAST_PROGRAM_KEY);
}

export function credentialFor(programId: string | null, linkToken: string | null): Credential | null {
  if (linkToken) return { kind: 'link', token: linkToken };
  if (!programId) return null;
  // `?m=` is the roster's link: a facilitator reads (and prints) one member's report with their login.
  const memberId = new URLSearchParams(window.location.search).get('m');
  if (memberId && /^[\w-]{1,64}$/.test(memberId)) return { kind: 'facilitator', programId, memberId };
  const member = readJson<{ token?: unknown }>(memberKey(programId));
  if (typeof member?.token === 'string') return { kind: 'member', token: member.token };
  const link = readJson<{ token?: unknown }>(linkKey(programId));
  if (typeof link?.token === 'string') return { kind: 'link', token: link.token };
  return null;
}

/** The phone keeps its member token per program for this page (called on every program join). */
export function saveMemberToken(programId: string, token: string): void {
  writeJson(memberKey(programId), { token });
}

export function saveReport(response: ReportResponse, credential: Credential, savedAt: number): void {
  writeJson(viewKey(response.programId), { savedAt, response } satisfies SavedReport);
  writeJson(LAST_PROGRAM_KEY, response.programId);
  // A link opened once keeps opening this report here (read-only; it expires by itself).
  if (credential.kind === 'link') writeJson(linkKey(response.programId), { token: credential.token });
}

export function savedReport(programId: string | null): SavedReport | null {
  if (!programId) return null;
  const saved = readJson<SavedReport>(viewKey(programId));
  return saved && typeof saved.savedAt === 'number' && saved.response?.report ? saved : null;
}

/** The retention ended (or the report is gone): nothing of it stays on the device. */
export function forgetReport(programId: string): void {
  for (const key of [viewKey(programId), linkKey(programId), memberKey(programId)]) removeKey(key);
  if (readJson<string>(LAST_PROGRAM_KEY) === programId) removeKey(LAST_PROGRAM_KEY);
}
