import { counselingModule } from '../../../shared/activities/counseling-registry.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { CounselingAnswers, CounselingCommentView } from '../../../shared/protocol/views.js';
import { toRecord } from '../../counseling/personal-context.js';
import { commentView } from '../../counseling/views.js';
import { AppError } from '../../errors.js';
import type { StoredCounselingActivity } from '../../storage/counseling-activities.js';
import type { NoteState } from '../../storage/member-answers.js';
import type { RealtimeContext } from '../context.js';
import { tellFacilitators, tellPersonal } from '../counseling-notify.js';
import type { Handler } from '../dispatcher.js';
import { visibleActivity } from './counseling-access.js';

/**
 * What the facilitator reads and adds on members' work (docs/design/counseling-engine.md §3, §8):
 * the activity's answers (facilitators of the program only), notes shown to or held from their
 * receivers, and comments on one member's work, which reach that member's phones only.
 */
export function counselingNoteHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;
  /** Whose personal views a note change touched, kept from the change to its broadcast. */
  const touched = new WeakMap<object, { activity: StoredCounselingActivity; subjects: string[] }>();
  const comments = new WeakMap<CounselingCommentView, StoredCounselingActivity>();

  const answers: Handler<typeof S.counselingAnswersSchema, CounselingAnswers> = {
    audience: 'facilitator',
    schema: S.counselingAnswersSchema,
    handle: async (socket, p) => {
      const { activity } = await visibleActivity(ctx, socket, p.activityId);
      // An anonymous survey's answers are nobody's to read item by item, before or after they leave the member.
      const module = counselingModule(activity.type);
      if (module?.submission?.mode(activity.config) === 'detach') throw new AppError('anonymous_activity');
      const [stored, members, notes] = await Promise.all([
        storage.memberAnswers.listForActivity(activity.id),
        storage.members.list(activity.programId),
        storage.comments.listForActivity(activity.id),
      ]);
      const nicknames = new Map(members.map((m) => [m.id, m.nickname]));
      return {
        activityId: activity.id,
        answers: stored.map((s) => {
          const { answerId, memberId, subjectMemberId, round, itemKey, value, noteState, signed, updatedAt } =
            toRecord(s);
          const nickname = nicknames.get(memberId) ?? '';
          return {
            answerId,
            memberId,
            nickname,
            subjectMemberId,
            round,
            itemKey,
            value,
            noteState,
            signed,
            updatedAt,
          };
        }),
        comments: notes.map(commentView),
      };
    },
  };

  function noteHandler(state: NoteState): Handler<typeof S.noteStateSchema, { changed: number }> {
    return {
      audience: 'facilitator',
      schema: S.noteStateSchema,
      handle: async (socket, p) => {
        const { activity } = await visibleActivity(ctx, socket, p.activityId);
        const wanted = new Set(p.answerIds);
        // The console names an entry by the answer id it shows; an entry keeps its first id as `entryId`.
        const notes = (await storage.memberAnswers.listForActivity(activity.id)).filter(
          (a) =>
            a.noteState !== null &&
            a.noteState !== state &&
            (wanted.has(a.answerId) || wanted.has(a.entryId)),
        );
        for (const note of notes) await storage.memberAnswers.setNoteState(activity.id, note.entryId, state);
        const result = { changed: notes.length };
        touched.set(result, { activity, subjects: notes.map((n) => n.subjectKey).filter((k) => k !== '') });
        return result;
      },
      broadcast: async (socket, _p, result) => {
        const change = touched.get(result);
        if (change) await tellPersonal(ctx, socket.nsp, change.activity, change.subjects);
      },
    };
  }

  const comment: Handler<typeof S.commentAddSchema, CounselingCommentView> = {
    audience: 'facilitator',
    schema: S.commentAddSchema,
    handle: async (socket, p) => {
      const { activity } = await visibleActivity(ctx, socket, p.activityId);
      // A member of another program is as unknown as a made-up id.
      if (!(await storage.members.get(activity.programId, p.memberId)))
        throw new AppError('member_not_found');
      const stored = await storage.comments.add({
        activityId: activity.id,
        memberId: p.memberId,
        authorId: socket.data.facilitator!.id,
        text: p.text,
      });
      const view = commentView(stored);
      comments.set(view, activity);
      return view;
    },
    broadcast: async (socket, _p, view) => {
      const activity = comments.get(view);
      if (!activity) return;
      await tellPersonal(ctx, socket.nsp, activity, [view.memberId]);
      await tellFacilitators(ctx, socket.nsp, activity);
    },
  };

  return {
    'counseling:answers': answers,
    'note:show': noteHandler('shown'),
    'note:hold': noteHandler('held'),
    'comment:add': comment,
  };
}
