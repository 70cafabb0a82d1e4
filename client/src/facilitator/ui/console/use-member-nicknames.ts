import { useEffect, useState } from 'react';
import { api } from '../../api.js';

/**
 * The program's members' nicknames (member id → nickname) for the counseling progress list, from
 * the roster. Loaded again when an id it does not know shows up (someone registered meanwhile).
 */
export function useMemberNicknames(
  programId: string | null,
  memberIds: readonly string[],
): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const missing = memberIds
    .filter((id) => !names.has(id))
    .sort()
    .join(',');
  useEffect(() => {
    if (!programId || (missing === '' && names.size > 0)) return;
    let current = true;
    void api.roster(programId).then((result) => {
      if (current && result.ok) setNames(new Map(result.data.members.map((m) => [m.id, m.nickname])));
    });
    return () => {
      current = false;
    };
    // `names` is what `missing` was computed from; a new roster changes `missing` only if ids remain unknown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [programId, missing]);
  return names;
}
