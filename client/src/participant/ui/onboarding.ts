import { addStrings } from '../../common/i18n.js';
import { signupStrings } from '../../i18n/participant-signup.js';

/**
 * The program sign-up, one lazily loaded chunk: the onboarding steps, the PIN shown once and their
 * words (added to the page's strings before any of them renders).
 */
addStrings(signupStrings);

export { ProgramOnboarding } from './ProgramOnboarding.js';
export { PinNotice } from './PinNotice.js';
