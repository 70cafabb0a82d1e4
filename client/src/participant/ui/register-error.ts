import { errorText, type ClientError } from '../../common/errors.js';
import type { TFn } from '../../common/i18n.js';

/**
 * A lost request says "press again"; `already_joined` means this connection registered someone
 * already (an answer that got lost): the way back is a new PIN. Other refusals say their own words.
 */
export function sendError(error: ClientError, lang: 'ko' | 'en', t: TFn): string {
  if (error.code === 'network' || error.code === 'timeout') return t('program.sendFailed');
  if (error.code === 'already_joined') return t('program.takenAfterLost');
  // On sign-up this comes from the join-code limit (a minute), the address's registrations (ten
  // minutes) or taken nicknames tried from this place (a quarter hour); the ack does not say which,
  // so no number of minutes would be true: say to wait, and who can help.
  if (error.code === 'rate_limited') return t('program.registerLimited');
  return errorText(error, lang, t);
}
