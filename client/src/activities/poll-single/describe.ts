import { ANSWER_DESCRIBERS } from '../../../../shared/activities/describe.js';

export const describe = ANSWER_DESCRIBERS['poll-single'];
