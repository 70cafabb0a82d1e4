import type { GiveContext } from '../../shared/activities/counseling-module.js';
import { counselingModule } from '../../shared/activities/counseling-registry.js';
import { SENSITIVE_BARRIERS } from '../../shared/program/sensitive-notice.js';
import { AppError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import type { StoreTransaction, StoredMemberAnswer } from '../storage/member-answers.js';
import { currentPurposes, groupMatesOf, rolesOf, toRecord } from './personal-context.js';

export interface MemberAnswerInput {
  activityId: string;
  answerId: string;
  subjectMemberId?: string | undefined;
  round?: number | undefined;
  itemKey?: string | undefined;
  value: unknown;
  signed?: boolean | undefined;
}

export type SubmitOutcome =
  { duplicate: true } | { duplicate: false; activity: StoredCounselingActivity; stored: StoredMemberAnswer };

/**
 * One counseling answer from a proven member (docs/design/counseling-engine.md §3): receipt lookup
 * (the sender's own known id → duplicate, whatever the activity is now) → the activity, open and of
 * the member's program → the giver's context (phase, group-mates, stored roles, consents, own
 * answers) → the module's `checkAnswer` → in ONE transaction the consent read again for a
 * sensitive item and the answer stored exactly once. Throws AppError with the refusal's code.
 */
export async function submitMemberAnswer(
  storage: Storage,
  member: { id: string; programId: string },
  input: MemberAnswerInput,
): Promise<SubmitOutcome> {
  const receipt = await storage.memberAnswers.receipt(input.answerId);
  if (receipt?.memberId === member.id) return { duplicate: true };

  const activity = await storage.counselingActivities.get(input.activityId);
  // Another program's (or center's) activity is answered like one that does not exist.
  if (!activity || activity.programId !== member.programId) throw new AppError('activity_not_found');
  const module = counselingModule(activity.type);
  if (!module) throw new AppError('activity_not_found');
  if (activity.status !== 'open') throw new AppError('activity_not_open');
  const round = input.round ?? 0;
  const itemKey = input.itemKey ?? '';
  const [memberIds, groupMates, roles, consents, own] = await Promise.all([
    storage.members.ids(member.programId),
    groupMatesOf(storage, activity, member.id),
    rolesOf(storage, activity.id, member.id),
    currentPurposes(storage, member.id),
    storage.memberAnswers.listForMember(member.id, activity.id),
  ]);
  // A member merged away (or deleted with their program) a moment ago gives nothing.
  if (!memberIds.includes(member.id)) throw new AppError('not_joined');
  const ctx: GiveContext = {
    giverId: member.id,
    subjectMemberId: input.subjectMemberId ?? null,
    round,
    itemKey,
    phase: activity.phase,
    groupMates,
    programMemberIds: memberIds,
    roles: roles[round] ?? {},
    consents,
    own: own.map(toRecord),
  };
  const checked = module.checkAnswer(activity.config, ctx, input.value);
  if (!checked.ok) throw new AppError(checked.code);

  const sensitive = module.sensitiveItems?.(activity.config).includes(itemKey) ?? false;
  const handsIn = module.submission !== undefined;
  const work = async (trx: StoreTransaction) => {
    // Read again inside the transaction, holding the consent row: a withdrawal racing this answer
    // either waits for it (and then deletes it with the other sensitive answers) or wins, and this
    // answer is refused.
    if (sensitive && !(await holdsConsent(storage, trx, member.id))) throw new AppError('consent_required');
    // Under the member's lock, as `assessment:submit` decides: an answer either commits before the
    // hand-in reads the answers (and is scored) or finds the score and is refused, never stored after it.
    const refusal = handsIn ? await storage.assessments.guardAnswer(trx, activity.id, member.id) : null;
    if (refusal) throw new AppError(refusal);
    return storage.memberAnswers.submit(
      {
        activityId: activity.id,
        memberId: member.id,
        answerId: input.answerId,
        ...(input.subjectMemberId === undefined ? {} : { subjectMemberId: input.subjectMemberId }),
        round,
        itemKey,
        value: checked.value,
        signed: input.signed ?? false,
        noteState: checked.noteState,
      },
      trx,
    );
  };
  // Batches take members' locks in member-id order, so two processes' batches never wait crosswise.
  const result = await groupCommit(storage).run(work, handsIn ? member.id : '');
  if (!result.ok) throw new AppError(result.code);
  if (result.duplicate) return { duplicate: true };
  return { duplicate: false, activity, stored: result.stored };
}

async function holdsConsent(storage: Storage, trx: StoreTransaction, memberId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('consents')
    .select('id')
    .where('member_id', '=', memberId)
    .where('purpose', '=', SENSITIVE_BARRIERS)
    .where('withdrawn_at', 'is', null)
    .$if(storage.dialect === 'postgres', (q) => q.forShare())
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Work that takes a member's lock runs first, in member-id order, and work without one ('') after it:
 * the member locks come before any answer row or consent lock, as a merge takes them.
 */
function compareLockKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}

/** At most this many answers share one transaction, so one commit never holds the database for long. */
const MAX_BATCH = 500;

interface Work {
  run: (trx: StoreTransaction) => Promise<unknown>;
  /** The member whose row lock the work takes ('' for none): a batch runs in this order. */
  lockKey: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit, as the engine's AnswerWriter: the answers whose checks finished in the same turn of
 * the event loop (and those arriving while a commit is under way) are stored in ONE transaction, and
 * each caller resumes only after it committed. Durability then costs one fsync per batch, not one per
 * answer (100 observers scoring at once queued ~5 ms fsyncs into seconds). A refusal (AppError) is
 * that answer's alone: it is thrown before anything of it is written. Any other error rolls the whole
 * batch back and fails each of its answers.
 */
class GroupCommit {
  private queue: Work[] = [];
  private scheduled = false;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly storage: Storage) {}

  run<T>(work: (trx: StoreTransaction) => Promise<T>, lockKey = ''): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: work, lockKey, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.flushing = this.flushing.then(() => this.flush());
      });
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      // Stable: one member's answers keep their order (the later value of an item is stored last).
      const batch = this.queue.splice(0, MAX_BATCH).sort((a, b) => compareLockKeys(a.lockKey, b.lockKey));
      let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
      try {
        await this.storage.memberAnswers.transaction(async (trx) => {
          outcomes = [];
          for (const work of batch) {
            try {
              outcomes.push({ ok: true, value: await work.run(trx) });
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              outcomes.push({ ok: false, error });
            }
          }
        });
      } catch (error) {
        for (const work of batch) work.reject(error);
        continue;
      }
      batch.forEach((work, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) work.resolve(outcome.value);
        else work.reject(outcome.error);
      });
    }
  }
}

const committers = new WeakMap<Storage, GroupCommit>();

function groupCommit(storage: Storage): GroupCommit {
  let committer = committers.get(storage);
  if (!committer) committers.set(storage, (committer = new GroupCommit(storage)));
  return committer;
}
