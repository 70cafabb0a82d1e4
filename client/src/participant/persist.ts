import { readJson, removeKey, writeJson } from '../common/storage.js';
import { forgetMemberQueue } from './member-queue.js';
import type { QueuedAnswer, SavedAnswer } from './state/answers-slice.js';

/**
 * What a phone keeps per session code: who it is (the rejoin token proves it on every reconnect)
 * and the answers not yet acknowledged. Per code, so two sessions on one phone never mix.
 */
export interface Identity {
  rejoinToken: string;
  nickname: string;
  /** The code is a program's: it stays valid across days, so a day's end does not forget who this is. */
  program?: true;
  /** A program's PIN from registering, kept only until the person says they noted it (a reload may come first). */
  pin?: string;
}

const identityKey = (code: string) => `moim.identity.${code}`;
const queueKey = (code: string) => `moim.queue.${code}`;
const savedKey = (code: string) => `moim.saved.${code}`;

export const isIdentityKey = (key: string, code: string): boolean => key === identityKey(code);
export const isQueueKey = (key: string, code: string): boolean => key === queueKey(code);
export const isSavedKey = (key: string, code: string): boolean => key === savedKey(code);

/**
 * Who this phone is, held in memory as well: storage is only the copy that survives a reload, so a
 * phone whose storage cannot be written (or is cleared behind its back) still rejoins after a blip.
 */
const identities = new Map<string, Identity>();

export function loadIdentity(code: string): Identity | null {
  const known = identities.get(code);
  if (known) return known;
  const stored = readJson<Identity>(identityKey(code));
  if (stored && typeof stored.rejoinToken === 'string') identities.set(code, stored);
  return stored && typeof stored.rejoinToken === 'string' ? stored : null;
}

export function saveIdentity(code: string, identity: Identity): void {
  identities.set(code, identity);
  writeJson(identityKey(code), identity);
}

export function clearIdentity(code: string): void {
  identities.delete(code);
  removeKey(identityKey(code));
}

/** Another tab of this phone joined (or rejoined) under a new identity: use the stored one. */
export function reloadIdentity(code: string): void {
  identities.delete(code);
  loadIdentity(code);
}

export function loadQueue(code: string): QueuedAnswer[] {
  const stored = readJson<QueuedAnswer[]>(queueKey(code));
  return Array.isArray(stored) ? stored : [];
}

/**
 * Two tabs of one phone share the stored queue, so neither may overwrite the other's answers:
 * everything stored and everything here, by answer id, minus what this tab has seen leave the
 * queue (`gone`), and per activity only the newest answer. Returns what was written.
 */
export function mergeQueues(
  stored: QueuedAnswer[],
  mine: QueuedAnswer[],
  gone: ReadonlySet<string>,
): QueuedAnswer[] {
  const byId = new Map<string, QueuedAnswer>();
  for (const entry of [...stored, ...mine]) if (!gone.has(entry.answerId)) byId.set(entry.answerId, entry);
  const newest = new Map<string, QueuedAnswer>();
  for (const entry of byId.values()) {
    const other = newest.get(entry.activityId);
    if (!other || entry.queuedAt >= other.queuedAt) newest.set(entry.activityId, entry);
  }
  return [...newest.values()].sort((a, b) => a.queuedAt - b.queuedAt);
}

export function saveQueue(code: string, queue: QueuedAnswer[], gone: ReadonlySet<string>): QueuedAnswer[] {
  const merged = mergeQueues(loadQueue(code), queue, gone);
  if (merged.length === 0) removeKey(queueKey(code));
  else writeJson(queueKey(code), merged);
  return merged;
}

/**
 * Acknowledged answers, by activity. The join snapshot only carries the answer to the activity open
 * at that moment; this lets a reloaded phone show its answer when an earlier activity is reopened.
 */
export function loadSaved(code: string): Record<string, SavedAnswer> {
  const stored = readJson<Record<string, SavedAnswer>>(savedKey(code));
  return stored && typeof stored === 'object' ? stored : {};
}

export const saveSaved = (code: string, saved: Record<string, SavedAnswer>): void =>
  writeJson(savedKey(code), saved);

/**
 * A program day's session ended: its queue and answers are done with, but the program's code stays
 * valid for the next day, so who this phone is stays.
 */
export function forgetDay(code: string): void {
  for (const key of [queueKey(code), savedKey(code)]) removeKey(key);
}

/**
 * Once a session has ended nothing more can be answered, so the phone forgets it: on a shared or
 * borrowed phone the next person must not find someone else's answers in storage.
 */
export function forgetSession(code: string): void {
  identities.delete(code);
  for (const key of [identityKey(code), queueKey(code), savedKey(code)]) removeKey(key);
  forgetMemberQueue(code);
}
