import type { UserView } from '../../../../shared/program/views.js';
import type { SliceSet } from '../../common/slices.js';

/** Before anything else: is there an account yet, and is this browser logged in? */
export type AuthStatus = 'loading' | 'setup' | 'login' | 'in';

export interface AuthSlice {
  auth: AuthStatus;
  user: UserView | null;
  setAuth: (auth: AuthStatus, user?: UserView | null) => void;
  setUser: (user: UserView) => void;
}

export const authSlice = (set: SliceSet<AuthSlice>): AuthSlice => ({
  auth: 'loading',
  user: null,
  setAuth: (auth, user = null) => set({ auth, user }),
  setUser: (user) => set({ user }),
});
