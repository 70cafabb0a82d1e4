import { describe, expect, it } from 'vitest';
import { groupPin } from '../../../client/src/common/pin.js';

describe('the PIN as a phone shows it', () => {
  it('groups six digits in threes, keeping every digit and its order', () => {
    expect(groupPin('012345')).toBe('012 345');
    expect(groupPin('0000')).toBe('000 0');
    expect(groupPin('123')).toBe('123');
    expect(groupPin('')).toBe('');
  });
});
