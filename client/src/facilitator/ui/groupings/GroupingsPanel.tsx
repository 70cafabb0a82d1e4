import { useMemo, useState } from 'react';
import type { GroupingMemberView, GroupingView } from '../../../../../shared/protocol/views.js';
import { MAX_GROUP_SIZE, GROUPING_TABLE_SIZE } from '../../../../../shared/protocol/limits.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { addStrings, useT } from '../../../common/i18n.js';
import { actOnGrouping } from '../../connection.js';
import { useFacilitatorStore } from '../../state/store.js';
import { GroupCard, MemberRow, type Presence } from './GroupCard.js';
import { groupingStrings } from './strings.js';
import { useGroupingEdit } from './use-grouping-edit.js';
import '../../../styles/facilitator-groupings.css';

addStrings(groupingStrings);

type Kind = GroupingView['kind'];
const KINDS: readonly Kind[] = ['pairs', 'triads', 'tables'];

/** Forms a new grouping of every member of the program; the newest is then the one on screen. */
function FormGroups({ programId, onFormed }: { programId: string; onFormed: (id: string) => void }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('triads');
  const [size, setSize] = useState(GROUPING_TABLE_SIZE);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const form = async () => {
    const trimmed = label.trim();
    const ack = await actOnGrouping('grouping:form', {
      programId,
      kind,
      ...(kind === 'tables' ? { size } : {}),
      ...(trimmed ? { label: trimmed } : {}),
    });
    setError(ack.ok ? null : ack.error);
    if (ack.ok) onFormed(ack.data.id);
  };
  return (
    <form
      className="grouping-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form();
      }}
    >
      <label>
        {t('groupings.kind')}
        <select
          value={kind}
          data-testid="grouping-kind"
          onChange={(e) => setKind(e.currentTarget.value as Kind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`groupings.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'tables' && (
        <label>
          {t('groupings.size')}
          <input
            type="number"
            min={2}
            max={MAX_GROUP_SIZE}
            value={size}
            onChange={(e) =>
              setSize(Math.min(MAX_GROUP_SIZE, Math.max(2, Number(e.currentTarget.value) || 2)))
            }
          />
        </label>
      )}
      <label>
        {t('groupings.label')}
        <input type="text" maxLength={60} value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <button type="submit" className="primary" data-testid="grouping-form">
        {t('groupings.form')}
      </button>
      <p className="hint grouping-form-hint">{t('groupings.formHint')}</p>
      <ErrorText error={error} />
    </form>
  );
}

/** One grouping: the screen switch, its groups with the hand edits, and who is left out. */
function GroupingEditor({ view, presence }: { view: GroupingView; presence: Presence }) {
  const t = useT();
  const edit = useGroupingEdit(view);
  const [swapFrom, setSwapFrom] = useState<GroupingMemberView | null>(null);
  // The switch follows the click at once; the store's view takes over when the server answers.
  const [showing, setShowing] = useState<boolean | null>(null);
  const toggleShow = async (shown: boolean) => {
    setShowing(shown);
    await edit.show(shown);
    setShowing(null);
  };
  const onSwap = (member: GroupingMemberView) => {
    if (!swapFrom || swapFrom.id === member.id) {
      setSwapFrom(swapFrom ? null : member);
      return;
    }
    setSwapFrom(null);
    void edit.swap(swapFrom.id, member.id);
  };
  const onPlace = (member: GroupingMemberView, groupNo: number) => {
    setSwapFrom(null);
    void (groupNo === 0 ? edit.leaveOut(member.id) : edit.move(member.id, groupNo));
  };
  const row = { groupCount: view.groups.length, swapFrom, onSwap, onPlace };
  return (
    <div className="grouping-editor" data-testid="grouping-editor" data-version={view.version}>
      <label className="grouping-show">
        <input
          type="checkbox"
          checked={showing ?? view.shownOnScreen}
          data-testid="grouping-show"
          onChange={(e) => void toggleShow(e.currentTarget.checked)}
        />
        {t('groupings.show')}
      </label>
      {view.shownOnScreen && <p className="hint">{t('groupings.shownNote')}</p>}
      <button type="button" data-testid="grouping-place-new" onClick={() => void edit.placeNew()}>
        {t('groupings.placeNew')}
      </button>
      <p className="grouping-status" role="status">
        {swapFrom ? t('groupings.swapPicking', { name: swapFrom.nickname }) : ''}
      </p>
      <ErrorText error={edit.error} />
      <div className="grouping-groups">
        {view.groups.map((g) => (
          <GroupCard key={g.groupNo} groupNo={g.groupNo} members={g.members} presence={presence} {...row} />
        ))}
      </div>
      <section className="grouping-left-out" aria-labelledby="grouping-left-out-title">
        <h4 id="grouping-left-out-title">{t('groupings.leftOut')}</h4>
        {view.leftOut.length === 0 ? (
          <p className="hint">{t('groupings.nobodyLeftOut')}</p>
        ) : (
          <ul data-testid="grouping-left-out">
            {view.leftOut.map((m) => (
              <MemberRow
                key={m.id}
                member={m}
                groupNo={0}
                online={presence.get(m.nickname) ?? false}
                {...row}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/**
 * 조 편성 on a program day's console: form pairs, triads or tables of the program's members, pick a
 * grouping, adjust it by hand (move, swap, leave out, place back) and show it on the projector.
 * Starts from the watch snapshot's groupings and follows `groupings:updated` (the store).
 */
export function GroupingsPanel({ titled = true }: { titled?: boolean }) {
  const t = useT();
  const programId = useFacilitatorStore((s) => s.live?.session.program?.id ?? null);
  const all = useFacilitatorStore((s) => s.groupings);
  const participants = useFacilitatorStore((s) => s.live?.participants);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const groupings = useMemo(() => all.filter((g) => g.programId === programId), [all, programId]);
  // Nicknames are unique in a program: today's participant rows say who is connected.
  const presence = useMemo<Presence>(
    () => new Map((participants ?? []).map((p) => [p.nickname, p.online])),
    [participants],
  );
  if (!programId) return null;
  const current = groupings.find((g) => g.id === selectedId) ?? groupings[0] ?? null;
  return (
    <section
      className="groupings"
      aria-labelledby={titled ? 'groupings-title' : undefined}
      data-testid="groupings"
    >
      {titled && <h2 id="groupings-title">{t('groupings.title')}</h2>}
      <FormGroups programId={programId} onFormed={setSelectedId} />
      {groupings.length > 1 && current && (
        <label className="grouping-pick">
          {t('groupings.pick')}
          <select value={current.id} onChange={(e) => setSelectedId(e.currentTarget.value)}>
            {groupings.map((g, i) => (
              <option key={g.id} value={g.id}>
                {t('groupings.option', {
                  n: groupings.length - i,
                  name: g.label || t(`groupings.kinds.${g.kind}`),
                  count: g.groups.length,
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      {current ? (
        <GroupingEditor key={current.id} view={current} presence={presence} />
      ) : (
        <p className="hint">{t('groupings.none')}</p>
      )}
    </section>
  );
}
