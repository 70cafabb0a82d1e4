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
  if (!(await storage.members.get(member.programId, member.id))) throw new AppError('not_joined');

  const round = input.round ?? 0;
  const itemKey = input.itemKey ?? '';
  const [members, groupMates, roles, consents, own] = await Promise.all([
    storage.members.list(member.programId),
    groupMatesOf(storage, activity, member.id),
    rolesOf(storage, activity.id, member.id),
    currentPurposes(storage, member.id),
    storage.memberAnswers.listForMember(member.id, activity.id),
  ]);
  const ctx: GiveContext = {
    giverId: member.id,
    subjectMemberId: input.subjectMemberId ?? null,
    round,
    itemKey,
    phase: activity.phase,
    groupMates,
    programMemberIds: members.map((m) => m.id),
    roles: roles[round] ?? {},
    consents,
    own: own.map(toRecord),
  };
  const checked = module.checkAnswer(activity.config, ctx, input.value);
  if (!checked.ok) throw new AppError(checked.code);

  const sensitive = module.sensitiveItems?.(activity.config).includes(itemKey) ?? false;
  const result = await storage.memberAnswers.transaction(async (trx) => {
    // Read again inside the transaction, holding the consent row: a withdrawal racing this answer
    // either waits for it (and then deletes it with the other sensitive answers) or wins, and this
    // answer is refused.
    if (sensitive && !(await holdsConsent(storage, trx, member.id))) throw new AppError('consent_required');
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
  });
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
