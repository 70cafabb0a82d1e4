import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/i18n/text.js';
import { wireError } from '../../../shared/protocol/errors.js';
import { addStrings, translate } from '../../../client/src/common/i18n.js';
import { signupStrings } from '../../../client/src/i18n/participant-signup.js';
import { sendError } from '../../../client/src/participant/ui/register-error.js';

const said = (lang: Lang) =>
  sendError(wireError('rate_limited'), lang, (key, options) => translate(key, options, lang));

describe("the sign-up form's words for a refusal", () => {
  beforeAll(() => addStrings(signupStrings));

  // On sign-up rate_limited comes from the join-code limit (1 minute), the registration limit
  // (10 minutes) or the identity budget (15 minutes): the ack does not say which, so no number is true.
  it('says to wait a while on rate_limited without promising how many minutes, in Korean and English', () => {
    for (const lang of ['ko', 'en'] as const) {
      const text = said(lang);
      expect(text).not.toMatch(/\d/);
      expect(text).not.toContain('{{');
      expect(text).not.toBe('program.registerLimited');
    }
    expect(said('ko')).toContain('잠시 후');
    expect(said('en')).toMatch(/a while|a moment/);
  });
});
