import { z } from 'zod';
import { idSchema } from '../protocol/schemas.js';

/** A facilitator's request for a member's read-only report link (a member's own needs no body). */
export const reportLinkBodySchema = z.object({ programId: idSchema, memberId: idSchema }).strict();
export type ReportLinkBody = z.infer<typeof reportLinkBodySchema>;
