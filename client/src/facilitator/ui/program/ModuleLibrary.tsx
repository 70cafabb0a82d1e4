import { useMemo, useState } from 'react';
import { modules } from '../../../../../shared/content/index.js';
import { ModuleTheme, type Module } from '../../../../../shared/content/schema.js';
import type { AgendaModule } from '../../../../../shared/program/schemas.js';
import { useLang, useT } from '../../../common/i18n.js';
import { moduleFromLibrary } from '../../program-draft.js';
import { Dialog } from '../Dialog.js';

interface Props {
  dayNumber: number;
  onAdd: (module: AgendaModule) => void;
  onClose: () => void;
}

const matches = (m: Module, query: string) => {
  if (!query) return true;
  const q = query.toLocaleLowerCase();
  return [m.title.ko, m.title.en, m.goal.ko, m.goal.en].some((text) => text.toLocaleLowerCase().includes(q));
};

/** The content library's modules, searchable, grouped by theme; "add" puts one at the end of the day. */
export function ModuleLibrary({ dayNumber, onAdd, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const found = modules.filter((m) => matches(m, query.trim()));
    return ModuleTheme.options
      .map((theme) => ({ theme, items: found.filter((m) => m.theme === theme) }))
      .filter((g) => g.items.length > 0);
  }, [query]);
  const count = groups.reduce((sum, g) => sum + g.items.length, 0);
  return (
    <Dialog id="module-library" title={t('library.forDay', { day: dayNumber })} onClose={onClose}>
      <div className="field library-search">
        <label htmlFor="library-search" className="field-label">
          {t('library.search')}
        </label>
        <input
          id="library-search"
          type="search"
          autoFocus
          aria-describedby="library-search-hint"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id="library-search-hint" className="hint">
          {t('library.searchHint')}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {count === 0 ? t('library.empty') : ''}
      </p>
      {count === 0 && <p className="hint">{t('library.empty')}</p>}
      <div className="library-groups">
        {groups.map((group) => (
          <section key={group.theme} aria-labelledby={`theme-${group.theme}`} className="library-group">
            <h3 id={`theme-${group.theme}`}>{t(`library.theme.${group.theme}`)}</h3>
            <ul className="library-list">
              {group.items.map((m) => (
                <li key={m.id} className="library-item" data-testid="library-module">
                  <div className="library-text">
                    <p id={`library-${m.id}`} className="library-title">
                      {m.title[lang]}{' '}
                      <span className="library-minutes">
                        {t('format.minutes', { count: m.durationMinutes })}
                      </span>
                    </p>
                    <p className="library-goal">{m.goal[lang]}</p>
                  </div>
                  <button
                    type="button"
                    aria-describedby={`library-${m.id}`}
                    onClick={() => onAdd(moduleFromLibrary(m))}
                  >
                    {t('library.add')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
