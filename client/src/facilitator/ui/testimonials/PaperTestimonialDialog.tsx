import { useEffect, useState, type FormEvent } from 'react';
import type { RosterMember } from '../../../../../shared/program/views.js';
import { hasRealName, maskName, TESTIMONIAL_TEXT_MAX } from '../../../../../shared/testimonials/mask.js';
import type { ProgramTestimonialView } from '../../../../../shared/testimonials/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { newUuid } from '../../../common/uuid.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { Dialog } from '../Dialog.js';

interface Props {
  programId: string;
  onSaved: (list: ProgramTestimonialView[]) => void;
  onClose: () => void;
}

/**
 * "종이 소감 입력": staff type in a testimonial written on the paper form's named page. A ticked quote
 * box is recorded as the consent given on paper. One request id per opened form: a save sent twice
 * stores once.
 */
export function PaperTestimonialDialog({ programId, onSaved, onClose }: Props) {
  const t = useT();
  const [requestId] = useState(newUuid);
  const [members, setMembers] = useState<RosterMember[]>([]);
  const [memberId, setMemberId] = useState('');
  const [text, setText] = useState('');
  const [quote, setQuote] = useState(false);
  const [masked, setMasked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let current = true;
    void api.roster(programId).then((r) => {
      if (!current) return;
      if (r.ok) setMembers(r.data.members);
      else setError(refused(r));
    });
    return () => {
      current = false;
    };
  }, [programId]);

  const member = members.find((m) => m.id === memberId);
  const realName = member && hasRealName(member.realName) ? member.realName : null;
  const valid = member !== undefined && text.trim() !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const result = await api.enterTestimonial(programId, memberId, {
      requestId,
      text: text.trim(),
      quoteOnPaper: quote,
      attribution: quote && masked && realName ? 'masked-name' : 'none',
    });
    setBusy(false);
    if (!result.ok) {
      setError(refused(result));
      return;
    }
    onSaved(result.data.testimonials);
    onClose();
  };

  return (
    <Dialog id="paper-testimonial" title={t('testimonials.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="paper-testimonial-form">
        <div className="field">
          <label htmlFor="paper-testimonial-member" className="field-label">
            {t('testimonials.member')}
          </label>
          <select
            id="paper-testimonial-member"
            value={memberId}
            onChange={(e) => setMemberId(e.target.value)}
          >
            <option value="">{t('testimonials.chooseMember')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.realName ? `${m.nickname} (${m.realName})` : m.nickname}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="paper-testimonial-text" className="field-label">
            {t('testimonials.text')}
          </label>
          <textarea
            id="paper-testimonial-text"
            rows={6}
            maxLength={TESTIMONIAL_TEXT_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={quote} onChange={(e) => setQuote(e.target.checked)} />
          {t('testimonials.quoteOnPaper')}
        </label>
        {quote && realName && (
          <fieldset className="choice-group">
            <legend>{t('testimonials.attribution')}</legend>
            <label className="choice">
              <input
                type="radio"
                name="paper-attribution"
                checked={!masked}
                onChange={() => setMasked(false)}
              />
              {t('testimonials.asParticipant')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="paper-attribution"
                checked={masked}
                onChange={() => setMasked(true)}
              />
              {t('testimonials.asMasked', { name: maskName(realName) })}
            </label>
          </fieldset>
        )}
        <p className="hint">{t('testimonials.replaces')}</p>
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || !valid}>
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
