import { PIN_LENGTH, RECOVERY_PIN_LENGTHS } from '../../../shared/program/limits.js';

/** A PIN as it is shown to be copied down: groups of three digits, "123 456", easier to read and say. */
export function groupPin(pin: string): string {
  return pin.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** What the recovery form keeps of what was typed: digits only, so "123 456" copied as shown still fits. */
export function pinDigits(typed: string): string {
  return typed.replace(/\D/g, '').slice(0, PIN_LENGTH);
}

/** A PIN worth sending: six digits, or four from before PINs had six. */
export function isRecoveryPin(digits: string): boolean {
  return /^\d*$/.test(digits) && RECOVERY_PIN_LENGTHS.includes(digits.length);
}
