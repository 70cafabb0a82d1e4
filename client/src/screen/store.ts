import { create } from 'zustand';
import type { ResultsView, ScreenState } from '../../../shared/protocol/views.js';
import type { ClientError } from '../common/errors.js';
import { screenLang } from './lang.js';
import {
  connectionSlice,
  timerSlice,
  type ConnectionSlice,
  type LangSlice,
  type SliceSet,
  type TimerSlice,
} from '../common/slices.js';

export interface RoomSlice {
  code: string;
  room: Omit<ScreenState, 'timer' | 'serverNow'> | null;
  error: ClientError | null;
  applyRoom: (state: ScreenState) => void;
  applyResults: (results: ResultsView) => void;
  setError: (error: ClientError | null) => void;
}

const roomSlice = (set: SliceSet<RoomSlice>, code: string): RoomSlice => ({
  code,
  room: null,
  error: null,
  applyRoom: ({ timer: _timer, serverNow: _now, ...room }) => set({ room, error: null }),
  applyResults: (results) =>
    set((state) =>
      state.room && state.room.activity?.id === results.activityId
        ? { room: { ...state.room, results } }
        : {},
    ),
  setError: (error) => set({ error }),
});

/** The language comes from the link only (see `screenLang`); the projector has no switch. */
export type ScreenStore = Pick<LangSlice, 'lang'> & ConnectionSlice & TimerSlice & RoomSlice;

/** `/screen/<code>`: the code comes from the path. */
const pathCode = /^\/screen\/(\d{6})\/?$/.exec(window.location.pathname)?.[1] ?? '';

export const useScreenStore = create<ScreenStore>()((set) => ({
  lang: screenLang(),
  ...connectionSlice(set),
  ...timerSlice(set),
  ...roomSlice(set, pathCode),
}));

const initial = useScreenStore.getState();

/** For tests: back to a fresh projector. */
export function resetScreenStore(): void {
  useScreenStore.setState(initial, true);
}
