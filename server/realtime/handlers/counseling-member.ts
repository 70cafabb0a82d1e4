import { visibleToSubject } from '../../../shared/activities/counseling-module.js';
import { memberAnswerSubmitSchema } from '../../../shared/protocol/schemas.js';
import { submitMemberAnswer, type SubmitOutcome } from '../../counseling/answer-submit.js';
import { toRecord } from '../../counseling/personal-context.js';
import { AppError } from '../../errors.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';

interface SubmitAck {
  answerId: string;
  duplicate: boolean;
}

/**
 * `memberAnswer:submit`: one counseling answer from a phone that proved its member token, stored
 * exactly once (server/counseling/answer-submit.ts). After the ack the giver's phones get their
 * personal view again, and so do the subject's when the answer is one they may read now — never
 * anyone else's; the console gets coalesced progress.
 */
export function counselingMemberHandlers(ctx: RealtimeContext) {
  const outcomes = new WeakMap<SubmitAck, SubmitOutcome>();

  const submit: Handler<typeof memberAnswerSubmitSchema, SubmitAck> = {
    audience: 'member',
    schema: memberAnswerSubmitSchema,
    handle: async (socket, p) => {
      const member = socket.data.member;
      if (!member) throw new AppError('not_joined');
      const outcome = await submitMemberAnswer(ctx.storage, member, p);
      const ack = { answerId: p.answerId, duplicate: outcome.duplicate };
      outcomes.set(ack, outcome);
      return ack;
    },
    broadcast: async (_socket, _p, ack) => {
      const outcome = outcomes.get(ack);
      if (!outcome || outcome.duplicate) return;
      const { activity, stored } = outcome;
      const record = toRecord(stored);
      const receivers = [record.memberId];
      if (visibleToSubject(record) && record.subjectMemberId) receivers.push(record.subjectMemberId);
      ctx.counseling.personalChanged(activity, receivers);
      ctx.counseling.answerStored(activity);
    },
  };

  return { 'memberAnswer:submit': submit };
}
