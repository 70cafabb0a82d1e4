import { readJson, removeKey, writeJson } from '../common/storage.js';
import type { QueuedAnswer, SavedAnswer } from './state/answers-slice.js';

/**
 * What a phone keeps per session code: who it is (the rejoin token proves it on every reconnect)
 * and the answers not yet acknowledged. Per code, so two sessions on one phone never mix.
 */
export interface Identity {
  rejoinToken: string;
  nickname: string;
}

const identityKey = (code: string) => `moim.identity.${code}`;
const queueKey = (code: string) => `moim.queue.${code}`;
const savedKey = (code: string) => `moim.saved.${code}`;

export const loadIdentity = (code: string): Identity | null => readJson<Identity>(identityKey(code));
export const saveIdentity = (code: string, identity: Identity): void =>
  writeJson(identityKey(code), identity);
export const clearIdentity = (code: string): void => removeKey(identityKey(code));

export function loadQueue(code: string): QueuedAnswer[] {
  const stored = readJson<QueuedAnswer[]>(queueKey(code));
  return Array.isArray(stored) ? stored : [];
}

export function saveQueue(code: string, queue: QueuedAnswer[]): void {
  if (queue.length === 0) removeKey(queueKey(code));
  else writeJson(queueKey(code), queue);
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
 * Once a session has ended nothing more can be answered, so the phone forgets it: on a shared or
 * borrowed phone the next person must not find someone else's answers in storage.
 */
export function forgetSession(code: string): void {
  for (const key of [identityKey(code), queueKey(code), savedKey(code)]) removeKey(key);
}
