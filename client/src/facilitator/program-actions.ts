import type { JobFamilyId } from '../../../shared/content/job-families.js';
import type {
  AttendanceCorrection,
  CreateProgramBody,
  PaperMemberBody,
} from '../../../shared/program/schemas.js';
import type { ProgramDetail } from '../../../shared/program/views.js';
import type { ClientError } from '../common/errors.js';
import { navigate, refused } from './actions.js';
import { api } from './api.js';
import { bodyOf, draftFromProgram } from './program-draft.js';
import { useFacilitatorStore } from './state/store.js';

const store = () => useFacilitatorStore.getState();

/** Still on this program's page (a late answer for a page already left is dropped). */
const onProgram = (programId: string) => {
  const route = store().route;
  return route.name === 'program' && route.programId === programId;
};

export async function loadPrograms(): Promise<void> {
  const result = await api.listPrograms();
  if (result.ok) store().setPrograms(result.data.programs);
  else store().setActionError(refused(result));
}

export async function loadColleagues(): Promise<void> {
  const result = await api.colleagues();
  if (result.ok) store().setColleagues(result.data.users);
  else store().setActionError(refused(result));
}

function showProgram(program: ProgramDetail): void {
  store().setProgram(program);
  store().loadDraft(draftFromProgram(program), program.version);
}

export async function loadRoster(programId: string): Promise<void> {
  const result = await api.roster(programId);
  if (!onProgram(programId)) return;
  if (result.ok) store().setRoster(result.data);
  else store().setActionError(refused(result));
}

export async function loadProgramPage(programId: string): Promise<void> {
  void loadColleagues();
  void loadRoster(programId);
  await reloadProgram(programId);
}

/** Loads the program and starts the editor over from it (unsaved changes are dropped). */
export async function reloadProgram(programId: string): Promise<void> {
  const result = await api.getProgram(programId);
  if (!onProgram(programId)) return;
  if (result.ok) showProgram(result.data.program);
  else store().setProgram(null, refused(result));
}

/** The program for a page other than its own (the console's agenda): nothing in the store changes. */
export async function fetchProgram(
  programId: string,
): Promise<{ program: ProgramDetail; error: null } | { program: null; error: ClientError }> {
  const result = await api.getProgram(programId);
  if (result.ok) return { program: result.data.program, error: null };
  return { program: null, error: refused(result) ?? result.error };
}

export async function createProgram(body: CreateProgramBody): Promise<ClientError | null> {
  const result = await api.createProgram(body);
  if (!result.ok) return refused(result);
  navigate({ name: 'program', programId: result.data.program.id });
  return null;
}

/** PUT of the whole draft with the version it was loaded from; 409 version_conflict stays on screen. */
export async function saveProgram(): Promise<boolean> {
  const { program, draft, draftVersion, saving } = store();
  if (!program || !draft || saving) return false;
  store().setSaving(true);
  const result = await api.updateProgram(program.id, bodyOf(draft, draftVersion));
  if (!onProgram(program.id)) return false;
  if (!result.ok) {
    store().setSaving(false, refused(result));
    return false;
  }
  showProgram(result.data.program);
  return true;
}

/** What a start came to: the console opened, a refusal shown, or another day still running (ask first). */
export type StartOutcome = 'started' | 'refused' | { runningDay: number };

/**
 * Creates or resumes the day's live session and opens it in the console. While another day of the
 * program runs, nothing changes and the running day's number comes back, so the caller can ask;
 * `endRunning` is the yes: the server ends that day and starts this one in one transaction.
 */
export async function startDay(programId: string, dayId: string, endRunning = false): Promise<StartOutcome> {
  const result = await api.startDay(programId, dayId, endRunning ? { endRunning: true } : {});
  if (result.ok) {
    navigate({ name: 'console', sessionId: result.data.sessionId });
    return 'started';
  }
  if (!endRunning && result.error.code === 'day_already_running') {
    const program = await api.getProgram(programId);
    const running = program.ok
      ? program.data.program.days.find((d) => d.id !== dayId && d.session?.status === 'live')
      : undefined;
    if (running) return { runningDay: running.number };
  }
  store().setActionError(refused(result));
  return 'refused';
}

export async function copyProgram(
  programId: string,
  title: string,
  firstDate: string,
): Promise<ClientError | null> {
  const result = await api.copyProgram(programId, { title, firstDate });
  if (!result.ok) return refused(result);
  navigate({ name: 'program', programId: result.data.program.id });
  return null;
}

/** Ends the program (its join code stops working); the editor keeps what is being edited. */
export async function endProgram(programId: string): Promise<void> {
  const result = await api.endProgram(programId);
  if (!onProgram(programId)) return;
  if (result.ok) store().setProgram(result.data.program);
  else store().setActionError(refused(result));
}

export async function correctAttendance(
  programId: string,
  dayId: string,
  memberId: string,
  body: AttendanceCorrection,
): Promise<ClientError | null> {
  const result = await api.correctAttendance(programId, dayId, memberId, body);
  if (!result.ok) return refused(result);
  if (onProgram(programId)) store().setRoster(result.data);
  return null;
}

/** The facilitator sets or clears a member's target job family (their needs intake). */
export async function setMemberJobFamily(
  programId: string,
  memberId: string,
  jobFamily: JobFamilyId | null,
): Promise<ClientError | null> {
  const result = await api.setJobFamily(programId, memberId, jobFamily);
  if (!result.ok) return refused(result);
  if (onProgram(programId)) store().setRoster(result.data);
  return null;
}

export async function mergeMembers(
  programId: string,
  memberId: string,
  intoMemberId: string,
): Promise<ClientError | null> {
  const result = await api.mergeMembers(programId, memberId, intoMemberId);
  if (!result.ok) return refused(result);
  if (onProgram(programId)) store().setRoster(result.data);
  return null;
}

/** A participant on paper; null when added (the roster shows them), else the refusal. */
export async function addPaperMember(programId: string, body: PaperMemberBody): Promise<ClientError | null> {
  const result = await api.addPaperMember(programId, body);
  if (!result.ok) return refused(result) ?? result.error;
  if (onProgram(programId)) store().setRoster(result.data.roster);
  return null;
}

export async function newPin(
  programId: string,
  memberId: string,
): Promise<{ pin: string; error: null } | { pin: null; error: ClientError }> {
  const result = await api.newPin(programId, memberId);
  if (!result.ok) return { pin: null, error: refused(result) ?? result.error };
  return { pin: result.data.pin, error: null };
}
