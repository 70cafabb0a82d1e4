import type { z } from 'zod';
import * as S from '../../../shared/protocol/schemas.js';
import { AppError } from '../../errors.js';
import type { Audience, Handler } from '../dispatcher.js';

/**
 * The counseling events' wire contract is committed before their handlers (another helper builds
 * the client from it). Until the handlers land no counseling activity can exist, so every event is
 * answered as for an unknown activity. Replaced by counseling-*.ts handlers.
 */
function notYet<Sch extends z.ZodType>(audience: Audience, schema: Sch): Handler<Sch, never> {
  return {
    audience,
    schema,
    handle: () => Promise.reject(new AppError('activity_not_found')),
  };
}

export function counselingPlaceholderHandlers() {
  return {
    'memberAnswer:submit': notYet('member', S.memberAnswerSubmitSchema),
    'counseling:open': notYet('facilitator', S.counselingOpenSchema),
    'counseling:close': notYet('facilitator', S.counselingCloseSchema),
    'counseling:phase': notYet('facilitator', S.counselingPhaseSchema),
    'counseling:answers': notYet('facilitator', S.counselingAnswersSchema),
    'note:show': notYet('facilitator', S.noteStateSchema),
    'note:hold': notYet('facilitator', S.noteStateSchema),
    'comment:add': notYet('facilitator', S.commentAddSchema),
  };
}
