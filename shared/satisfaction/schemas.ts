import { z } from 'zod';
import { text, uuid } from '../protocol/text.js';
import { INSTRUMENT_TEXT_MAX } from '../activities/instrument/index.js';

/** A paper satisfaction form entered by staff: no member, a request id made once by the staff browser. */
export const paperSurveyBodySchema = z.object({
  waveId: uuid(),
  requestId: uuid(),
  answers: z.record(
    text().min(1).max(80),
    z.union([z.number().int(), text().trim().max(INSTRUMENT_TEXT_MAX), z.null()]),
  ),
});

export const releaseSurveyBodySchema = z.object({ waveId: uuid() });
