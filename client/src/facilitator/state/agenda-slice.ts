import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';
import type { ProgramDraft } from '../program-draft.js';

/**
 * The program page's editor: the draft being edited, the saved version it started from (as JSON, to tell
 * unsaved changes) and how the last save went. `conflict`: someone else saved first (409).
 */
export interface AgendaSlice {
  draft: ProgramDraft | null;
  /** The program version the draft was loaded from: a save carries it, so a stale one is refused. */
  draftVersion: number;
  baseline: string;
  saving: boolean;
  saveError: ClientError | null;
  loadDraft: (draft: ProgramDraft | null, version?: number) => void;
  editDraft: (change: (draft: ProgramDraft) => ProgramDraft) => void;
  setSaving: (saving: boolean, saveError?: ClientError | null) => void;
}

export const agendaSlice = (set: SliceSet<AgendaSlice>): AgendaSlice => ({
  draft: null,
  draftVersion: 0,
  baseline: '',
  saving: false,
  saveError: null,
  loadDraft: (draft, draftVersion = 0) =>
    set({ draft, draftVersion, baseline: JSON.stringify(draft), saving: false, saveError: null }),
  editDraft: (change) => set((state) => (state.draft ? { draft: change(state.draft) } : {})),
  setSaving: (saving, saveError = null) => set({ saving, saveError }),
});

export const isDirty = (state: AgendaSlice): boolean =>
  state.draft !== null && JSON.stringify(state.draft) !== state.baseline;
