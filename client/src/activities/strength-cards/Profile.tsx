import { useLang, useT } from '../../common/i18n.js';
import type { StrengthCardsPersonal } from '../../../../shared/activities/strength-cards/types.js';

/** 나의 강점 프로필: my top cards, the cards others gave me with their notes, and the ones both saw. */
export function Profile({ personal }: { personal: StrengthCardsPersonal }) {
  const t = useT();
  const lang = useLang();
  const top = personal.picks.filter((p) => p.rank > 0);
  const shown = top.length > 0 ? top : personal.picks;
  return (
    <section className="sc-section sc-profile" aria-labelledby="sc-profile-title" data-testid="sc-profile">
      <h2 id="sc-profile-title">{t('strengthCards.profileTitle')}</h2>

      <h3>{t('strengthCards.myTop')}</h3>
      {shown.length === 0 ? (
        <p className="hint">{t('strengthCards.noPicks')}</p>
      ) : (
        <ol className="sc-profile-list">
          {shown.map((pick) => (
            <li key={pick.cardId}>
              {pick.rank > 0 && (
                <span className="sc-rank-badge">{t('strengthCards.rank', { rank: pick.rank })}</span>
              )}{' '}
              <strong>{pick.name[lang]}</strong> — {pick.description[lang]}
            </li>
          ))}
        </ol>
      )}

      <h3>{t('strengthCards.received')}</h3>
      {personal.received.length === 0 ? (
        <p className="hint">{t('strengthCards.noReceived')}</p>
      ) : (
        <ul className="sc-profile-list" data-testid="sc-received">
          {personal.received.map((card) => (
            <li key={card.cardId}>
              <strong>{card.name[lang]}</strong> · {t('strengthCards.receivedCount', { count: card.count })}
              {card.notes.length > 0 && (
                <ul className="sc-notes">
                  {card.notes.map((note, i) => (
                    <li key={i}>
                      <q>{note.text}</q> {t('strengthCards.from', { name: note.from[lang] })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      {personal.bothSeen.length > 0 && (
        <>
          <h3>{t('strengthCards.bothSeen')}</h3>
          <ul className="sc-profile-list sc-both-seen" data-testid="sc-both-seen">
            {personal.bothSeen.map((card) => (
              <li key={card.cardId}>
                <strong>{card.name[lang]}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
