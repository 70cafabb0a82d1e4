import { useState, type FormEvent } from 'react';
import { testimonialNotice } from '../../../../../shared/program/testimonial-notice.js';
import {
  TESTIMONIAL_TEXT_MAX,
  type TestimonialAttribution,
} from '../../../../../shared/testimonials/mask.js';
import type { TestimonialView } from '../../../../../shared/testimonials/views.js';
import { addStrings, useLang, useT } from '../../../common/i18n.js';
import { newUuid } from '../../../common/uuid.js';
import { actCounseling } from '../../connection.js';
import { useParticipantStore } from '../../state/store.js';
import { useFocusHeading } from '../focus.js';
import { testimonialStrings } from './strings.js';
import './testimonial.css';

addStrings(testimonialStrings);

type Status = 'idle' | 'saving' | 'saved' | 'confirmDelete' | 'deleted';

/**
 * "참여 소감 남기기 (선택)" (docs/design/assessments-reports.md §3.4), lazily loaded: the text, saved
 * with the member's nickname apart from the anonymous survey; the quote box with the notice's own
 * words; the signature (참여자, or the masked real name when one was given); save and delete.
 */
export function TestimonialCard({ onBack }: { onBack: () => void }) {
  const t = useT();
  const lang = useLang();
  const card = useParticipantStore((s) => s.testimonial);
  const programId = useParticipantStore((s) => s.program?.id ?? null);
  const heading = useFocusHeading<HTMLHeadingElement>('testimonial');
  const saved = card?.saved ?? null;
  const [text, setText] = useState(saved?.text ?? '');
  const [quote, setQuote] = useState(saved?.quote ?? false);
  const [attribution, setAttribution] = useState<TestimonialAttribution>(saved?.attribution ?? 'none');
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  if (!card || !programId) return null;
  const masked = card.maskedName;
  const notice = testimonialNotice({ centerName: card.centerName })[lang].split('\n').slice(1);
  const trimmed = text.trim();
  const busy = status === 'saving';

  const run = async (action: 'testimonial:save' | 'testimonial:delete', payload: Record<string, unknown>) => {
    setStatus('saving');
    setError('');
    try {
      const data = await actCounseling(action, { programId, ...payload });
      const store = useParticipantStore.getState();
      const current = store.testimonial ?? card;
      if (action === 'testimonial:save') {
        store.setTestimonial({ ...current, saved: data as TestimonialView });
        setStatus('saved');
      } else {
        store.setTestimonial({ ...current, saved: null });
        setText('');
        setQuote(false);
        setAttribution('none');
        setStatus('deleted');
      }
    } catch (e) {
      setStatus('idle');
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || trimmed === '') return;
    void run('testimonial:save', {
      requestId: newUuid(),
      text: trimmed,
      quote,
      attribution: quote && masked ? attribution : 'none',
    });
  };

  return (
    <article className="card testimonial" aria-labelledby="testimonial-title" data-testid="testimonial-card">
      <button type="button" className="link-button counseling-back" onClick={onBack}>
        {t('counseling.back')}
      </button>
      <h1 id="testimonial-title" ref={heading} tabIndex={-1}>
        {t('testimonial.title')}
      </h1>
      <p className="testimonial-apart">{t('testimonial.apart')}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="testimonial-text" className="field-label">
          {t('testimonial.label')}
        </label>
        <textarea
          id="testimonial-text"
          rows={6}
          maxLength={TESTIMONIAL_TEXT_MAX}
          value={text}
          aria-describedby="testimonial-count"
          onChange={(e) => {
            setText(e.target.value);
            if (status !== 'saving') setStatus('idle');
          }}
        />
        <p id="testimonial-count" className="hint">
          {t('testimonial.count', { n: [...text].length, max: TESTIMONIAL_TEXT_MAX })}
        </p>
        <div className="testimonial-quote">
          <label className="choice">
            <input
              type="checkbox"
              checked={quote}
              aria-describedby="testimonial-notice"
              onChange={(e) => setQuote(e.target.checked)}
            />
            {t('testimonial.quote')}
          </label>
          <ul id="testimonial-notice" className="testimonial-notice">
            {notice.map((line) => (
              <li key={line}>{line.replace(/^· /, '')}</li>
            ))}
          </ul>
        </div>
        {quote && masked && (
          <fieldset className="choice-group">
            <legend>{t('testimonial.attribution')}</legend>
            <label className="choice">
              <input
                type="radio"
                name="testimonial-attribution"
                checked={attribution === 'none'}
                onChange={() => setAttribution('none')}
              />
              {t('testimonial.asParticipant')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="testimonial-attribution"
                checked={attribution === 'masked-name'}
                onChange={() => setAttribution('masked-name')}
              />
              {t('testimonial.asMasked', { name: masked })}
            </label>
          </fieldset>
        )}
        <button type="submit" className="primary big" disabled={busy || trimmed === ''}>
          {busy ? t('testimonial.saving') : t('testimonial.save')}
        </button>
      </form>
      <p role="status" className="testimonial-status">
        {status === 'saved' && t(saved?.quote ? 'testimonial.savedQuoted' : 'testimonial.saved')}
        {status === 'deleted' && t('testimonial.deleted')}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {t('testimonial.error', { message: error })}
        </p>
      )}
      {saved &&
        (status === 'confirmDelete' ? (
          <div className="testimonial-confirm" role="group" aria-labelledby="testimonial-delete-text">
            <p id="testimonial-delete-text">{t('testimonial.deleteConfirm')}</p>
            <button type="button" className="danger big" onClick={() => void run('testimonial:delete', {})}>
              {t('testimonial.deleteYes')}
            </button>
            <button type="button" className="big" onClick={() => setStatus('idle')}>
              {t('testimonial.deleteNo')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => setStatus('confirmDelete')}
          >
            {t('testimonial.delete')}
          </button>
        ))}
    </article>
  );
}
