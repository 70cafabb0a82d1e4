import { readJson, removeKey, writeJson } from '../common/storage.js';

/**
 * A counseling answer given on this phone and not yet acknowledged (`memberAnswer:submit`). Kept in
 * localStorage per program code until the server acks it, then dropped. Unlike a day's answer queue
 * it survives the day's end: a self-paced task stays open across the program's days, and its
 * answers are keyed by the member, not the day.
 */
export interface QueuedMemberAnswer {
  activityId: string;
  answerId: string;
  subjectMemberId?: string;
  round?: number;
  itemKey?: string;
  value: unknown;
  signed?: boolean;
  queuedAt: number;
}

const memberQueueKey = (code: string) => `moim.memberQueue.${code}`;

export const isMemberQueueKey = (key: string, code: string): boolean => key === memberQueueKey(code);

/**
 * The answer's place: the server keeps one answer per (activity, subject, round, item), so a newer
 * answer to the same place replaces an unsent older one.
 */
export function slotOf(
  answer: Pick<QueuedMemberAnswer, 'activityId' | 'subjectMemberId' | 'round' | 'itemKey'>,
): string {
  return JSON.stringify([
    answer.activityId,
    answer.subjectMemberId ?? '',
    answer.round ?? 0,
    answer.itemKey ?? '',
  ]);
}

/**
 * Two tabs of one phone share the stored queue: everything stored and everything here, by answer
 * id, minus what this tab has seen leave (`gone`), and per slot only the newest. Oldest first.
 */
export function mergeMemberQueues(
  stored: readonly QueuedMemberAnswer[],
  mine: readonly QueuedMemberAnswer[],
  gone: ReadonlySet<string>,
): QueuedMemberAnswer[] {
  const byId = new Map<string, QueuedMemberAnswer>();
  for (const entry of [...stored, ...mine]) if (!gone.has(entry.answerId)) byId.set(entry.answerId, entry);
  const newest = new Map<string, QueuedMemberAnswer>();
  for (const entry of byId.values()) {
    const other = newest.get(slotOf(entry));
    if (!other || entry.queuedAt >= other.queuedAt) newest.set(slotOf(entry), entry);
  }
  return [...newest.values()].sort((a, b) => a.queuedAt - b.queuedAt);
}

export function loadMemberQueue(code: string): QueuedMemberAnswer[] {
  const stored = readJson<QueuedMemberAnswer[]>(memberQueueKey(code));
  return Array.isArray(stored) ? stored.filter((e) => typeof e?.answerId === 'string') : [];
}

export function saveMemberQueue(
  code: string,
  queue: readonly QueuedMemberAnswer[],
  gone: ReadonlySet<string>,
): QueuedMemberAnswer[] {
  const merged = mergeMemberQueues(loadMemberQueue(code), queue, gone);
  if (merged.length === 0) removeKey(memberQueueKey(code));
  else writeJson(memberQueueKey(code), merged);
  return merged;
}

/** The program is over for this phone (ended, or another person's phone): nothing of it stays. */
export const forgetMemberQueue = (code: string): void => removeKey(memberQueueKey(code));
