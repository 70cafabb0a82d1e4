import { counselingModule } from '../../../shared/activities/counseling-registry.js';
import { assessmentSubmitSchema } from '../../../shared/protocol/schemas.js';
import type { AssessmentSubmitted } from '../../../shared/protocol/wave-views.js';
import { AppError } from '../../errors.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';

/**
 * `assessment:submit`: a member hands in their answers to a wave's task (docs/design/assessments-
 * reports.md §2.4). Storage decides under the member's lock and stores the score once; a resend is
 * acked `duplicate`. Then the member's phones get their view (handed in) and the console its counts.
 */
export function assessmentMemberHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;
  const stored = new WeakSet<AssessmentSubmitted>();

  const submit: Handler<typeof assessmentSubmitSchema, AssessmentSubmitted> = {
    audience: 'member',
    schema: assessmentSubmitSchema,
    handle: async (socket, p) => {
      const member = socket.data.member;
      if (!member) throw new AppError('not_joined');
      const activity = await storage.counselingActivities.get(p.activityId);
      // Another program's activity answers like a made-up one (storage checks the member again).
      if (!activity || activity.programId !== member.programId) throw new AppError('activity_not_found');
      const mode = counselingModule(activity.type)?.submission?.mode(activity.config);
      if (!mode) throw new AppError('activity_not_found');
      // 'detach': the anonymous survey leaves its member; 'keep': the member's score of the wave.
      const input = { activityId: activity.id, memberId: member.id };
      const outcome =
        mode === 'detach' ? await storage.surveys.submit(input) : await storage.assessments.submit(input);
      if (!outcome.ok) throw new AppError(outcome.code);
      const submittedAt = 'score' in outcome ? outcome.score.submittedAt : outcome.submittedAt;
      const ack = { activityId: activity.id, duplicate: outcome.duplicate, submittedAt };
      if (!outcome.duplicate) stored.add(ack);
      return ack;
    },
    broadcast: async (socket, _p, ack) => {
      const member = socket.data.member;
      if (!stored.has(ack) || !member) return;
      const activity = await storage.counselingActivities.get(ack.activityId);
      if (!activity) return;
      ctx.counseling.personalChanged(activity, [member.id]);
      ctx.counseling.answerStored(activity);
    },
  };

  return { 'assessment:submit': submit };
}
