/** The program sign-up, one lazily loaded chunk: the onboarding steps and the PIN shown once. */
export { ProgramOnboarding } from './ProgramOnboarding.js';
export { PinNotice } from './PinNotice.js';
