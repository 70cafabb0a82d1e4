import type { SliceSet } from '../../common/slices.js';
import type { Facilitator } from '../api.js';

/** Before anything else: is there an account yet, and is this browser logged in? */
export type AuthStatus = 'loading' | 'setup' | 'login' | 'in';

export interface AuthSlice {
  auth: AuthStatus;
  facilitator: Facilitator | null;
  setAuth: (auth: AuthStatus, facilitator?: Facilitator | null) => void;
}

export const authSlice = (set: SliceSet<AuthSlice>): AuthSlice => ({
  auth: 'loading',
  facilitator: null,
  setAuth: (auth, facilitator = null) => set({ auth, facilitator }),
});
