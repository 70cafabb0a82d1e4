import { useCallback, useEffect, useState } from 'react';
import type { ProgramDetail } from '../../../../../shared/program/views.js';
import type { ProgramTestimonialView } from '../../../../../shared/testimonials/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useLang, useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { PaperTestimonialDialog } from './PaperTestimonialDialog.js';

/**
 * The program's testimonials (참여 소감, design §3.4): every one with its nickname, "인용 동의" on those
 * under a current quote consent and the name a quote would print under, and the paper entry.
 */
export function TestimonialsSection({ program }: { program: ProgramDetail }) {
  const t = useT();
  const lang = useLang();
  const [list, setList] = useState<ProgramTestimonialView[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [entering, setEntering] = useState(false);

  const load = useCallback(() => api.testimonials(program.id), [program.id]);
  useEffect(() => {
    let current = true;
    void load().then((r) => {
      if (!current) return;
      setError(refused(r));
      if (r.ok) setList(r.data.testimonials);
    });
    return () => {
      current = false;
    };
  }, [load]);

  return (
    <section className="card testimonials" aria-labelledby="testimonials-title" data-testid="testimonials">
      <h2 id="testimonials-title">{t('testimonials.title')}</h2>
      <p className="hint">{t('testimonials.intro')}</p>
      <ErrorText error={error} />
      {list === null ? (
        !error && <p role="status">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('testimonials.none')}</p>
      ) : (
        <ul className="testimonial-list">
          {list.map((item) => (
            <li key={item.memberId} data-testid="testimonial">
              <p className="testimonial-who">
                <strong>{item.nickname}</strong>{' '}
                <span className={item.quotable ? 'badge badge-ok' : 'badge'}>
                  {t(item.quotable ? 'testimonials.quotable' : 'testimonials.notQuotable')}
                </span>{' '}
                {item.onPaper && <span className="badge">{t('testimonials.onPaper')}</span>}
              </p>
              <blockquote className="testimonial-text">{item.text}</blockquote>
              {item.quotable && (
                <p className="hint">{t('testimonials.byline', { name: item.byline[lang] })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setEntering(true)}>
        {t('testimonials.enterPaper')}
      </button>
      {entering && (
        <PaperTestimonialDialog
          programId={program.id}
          onSaved={(next) => setList(next)}
          onClose={() => setEntering(false)}
        />
      )}
    </section>
  );
}
