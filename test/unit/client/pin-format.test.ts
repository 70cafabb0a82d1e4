import { describe, expect, it } from 'vitest';
import { groupPin, isRecoveryPin, pinDigits } from '../../../client/src/common/pin.js';

describe('the PIN as a phone shows it', () => {
  it('groups six digits in threes, keeping every digit and its order', () => {
    expect(groupPin('012345')).toBe('012 345');
    expect(groupPin('0000')).toBe('000 0');
    expect(groupPin('123')).toBe('123');
    expect(groupPin('')).toBe('');
  });
});

describe('the PIN as the recovery form takes it', () => {
  it('keeps only digits, as many as a new PIN has, so a PIN copied as shown ("123 456") still fits', () => {
    expect(pinDigits('123 456')).toBe('123456');
    expect(pinDigits(' 12-34 ')).toBe('1234');
    expect(pinDigits('1234567')).toBe('123456');
  });

  it('sends six digits, or four from before PINs had six, and nothing else', () => {
    expect(['123456', '1234'].map(isRecoveryPin)).toEqual([true, true]);
    expect(['', '123', '12345', '1234567', '12a4'].map(isRecoveryPin)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
