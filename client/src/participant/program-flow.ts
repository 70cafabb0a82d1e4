import type { ParticipantEvents } from '../../../shared/protocol/events.js';
import { normalizeNickname } from '../../../shared/protocol/limits.js';
import type { ClientError } from '../common/errors.js';
import { newUuid } from '../common/uuid.js';
import { request, type MoimSocket } from '../common/socket.js';
import { loadIdentity, saveIdentity } from './persist.js';
import { useParticipantStore } from './state/store.js';

/** What the registration form sends; the code and consent are added here. */
export type RegisterFields = Omit<
  Parameters<ParticipantEvents['program:register']>[0],
  'code' | 'consent' | 'registrationId'
>;

const store = () => useParticipantStore.getState();
const lost = (error: ClientError) => error.code === 'network' || error.code === 'timeout';

interface Hooks {
  /** The phone has an identity for the code now: join with it. */
  join: () => void;
  /** Try the current phase again after a short wait. */
  retryLater: () => void;
  /** The program is over (or its code unknown): leave the onboarding. */
  refused: (code: string, error: ClientError) => void;
}

/**
 * A program's first join on a phone: its intro, the registration (nickname, real name, consent,
 * intake → identity and a PIN shown once) or the recovery of an identity made on another phone.
 */
export class ProgramFlow {
  private introInFlight = false;
  /** The last registration was lost on the way, so the server may have it already. */
  private registerLost = false;
  /**
   * One id per registration, kept until it is answered: resending after a lost answer finds the
   * same member on the server (with a fresh PIN) instead of "nickname taken".
   */
  private registrationId: string | null = null;

  constructor(
    private readonly socket: MoimSocket,
    private readonly hooks: Hooks,
  ) {}

  /** The code is a program's and this phone is nobody there yet. */
  start(code: string): void {
    if (store().intro?.code !== code) store().setIntro(null);
    store().setPhase('onboarding');
    if (!store().intro) void this.loadIntro(code);
  }

  async loadIntro(code: string): Promise<void> {
    if (this.introInFlight || !this.socket.connected) return;
    this.introInFlight = true;
    const ack = await request(this.socket, 'program:intro', { code });
    this.introInFlight = false;
    if (store().code !== code || store().phase !== 'onboarding') return;
    if (ack.ok) return store().setIntro(ack.data);
    if (lost(ack.error)) return this.hooks.retryLater();
    if (['program_ended', 'program_not_found', 'session_not_found'].includes(ack.error.code))
      return this.hooks.refused(code, ack.error);
    // Rate limited or a server hiccup: shown, with a button to try again.
    store().setPhase('onboarding', ack.error);
  }

  async register(fields: RegisterFields): Promise<void> {
    const { code, submitting } = store();
    if (!code || submitting) return;
    store().setSubmitting('register');
    this.registrationId ??= newUuid();
    const ack = await request(this.socket, 'program:register', {
      code,
      registrationId: this.registrationId,
      nickname: normalizeNickname(fields.nickname),
      realName: fields.realName.trim(),
      consent: true,
      intake: {
        desiredJob: fields.intake.desiredJob.trim(),
        worry: fields.intake.worry.trim(),
        hope: fields.intake.hope.trim(),
        ...(fields.intake.jobFamily ? { jobFamily: fields.intake.jobFamily } : {}),
      },
    });
    store().setSubmitting(null);
    if (store().code !== code) return;
    const afterLost = this.registerLost;
    if (!ack.ok) {
      this.registerLost = lost(ack.error);
      if (ack.error.code === 'program_ended') return this.hooks.refused(code, ack.error);
      return store().setFormError({ form: 'register', error: ack.error, afterLost });
    }
    this.registerLost = false;
    this.registrationId = null;
    const { rejoinToken, nickname, pin } = ack.data;
    // The PIN is stored with the identity until noted: a phone that reloads now still shows it.
    saveIdentity(code, { rejoinToken, nickname, program: true, ...(pin ? { pin } : {}) });
    if (pin) {
      store().setPin({ pin, nickname });
      store().setPhase('pin');
    } else {
      this.joinNow();
    }
  }

  async recover(nickname: string, pin: string): Promise<void> {
    const { code, submitting } = store();
    if (!code || submitting) return;
    store().setSubmitting('recover');
    const ack = await request(this.socket, 'program:recover', {
      code,
      nickname: normalizeNickname(nickname),
      pin,
    });
    store().setSubmitting(null);
    if (store().code !== code) return;
    if (!ack.ok) {
      if (ack.error.code === 'program_ended') return this.hooks.refused(code, ack.error);
      return store().setFormError({ form: 'recover', error: ack.error, afterLost: false });
    }
    saveIdentity(code, { rejoinToken: ack.data.rejoinToken, nickname: ack.data.nickname, program: true });
    this.joinNow();
  }

  /** The person noted their PIN: it leaves the phone, and the phone joins. */
  pinNoted(): void {
    const { code } = store();
    const identity = code ? loadIdentity(code) : null;
    if (code && identity) {
      saveIdentity(code, { rejoinToken: identity.rejoinToken, nickname: identity.nickname, program: true });
    }
    store().setPin(null);
    this.joinNow();
  }

  private joinNow(): void {
    store().setFormError(null);
    store().setPhase('joining');
    this.hooks.join();
  }
}
