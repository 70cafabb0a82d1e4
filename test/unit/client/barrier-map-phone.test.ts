import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Phone } from '../../../client/src/activities/barrier-map/Phone.js';
import { barrierMap, type BarrierMapPersonal } from '../../../shared/activities/barrier-map/index.js';
import { barriers } from '../../../shared/content/barriers.js';
import { CONSENTED, personal, plan, rating, record } from '../activities/barrier-map-fixtures.js';

// A smoke render of the lazily loaded phone component on the server renderer (no DOM here): each phase
// shows what the personal view holds, and nothing sensitive without the consent. The browser test
// with clicks, 320 px and axe comes with the wiring.
const config = barrierMap.defaultConfig();
const noop = () => Promise.resolve();

function render(phase: string, view: BarrierMapPersonal, withAct = true): string {
  return renderToStaticMarkup(
    createElement(Phone, {
      idPrefix: 'bm',
      activity: { id: 'a1', type: 'barrier-map', title: '걸림돌', config, pace: 'live', phase },
      personal: view,
      group: null,
      give: noop,
      ...(withAct && { act: noop }),
    }),
  );
}

const given = [
  rating('m1', 'finances-debt', 3),
  rating('m1', 'mental-health', 3),
  plan('m1', 'finances-debt', {
    strategies: [0],
    services: ['credit-counseling'],
    ifThen: '독촉 전화가 오면 상담부터',
  }),
  record('m1', 'rehearsed:finances-debt', { done: true }),
];
const viewOf = (phase: string, consents: string[] = []) =>
  barrierMap.personalView(config, personal({ given, phase, consents, groupMates: ['m2'] }));
const sensitive = barriers.filter((b) => b.sensitive);
const ordinary = barriers.filter((b) => !b.sensitive);

describe('barrier map phone (server render)', () => {
  it('rate: every ordinary barrier with 0–3 and "not me"; the sensitive ones only as the consent card', () => {
    const html = render('rate', viewOf('rate'));
    for (const b of ordinary) expect(html).toContain(b.name.ko);
    for (const b of sensitive) {
      expect(html, b.id).not.toContain(`bm-rate-${b.id}`);
      expect(html, b.id).not.toContain(b.description.ko);
    }
    expect(html).toContain('민감정보 항목 보기');
    expect(html.match(/type="radio"/g)).toHaveLength(ordinary.length * 5);
    expect(html).toContain('나와 상관없음');
  });

  it('rate with the consent: the sensitive barriers and the way to withdraw', () => {
    const html = render('rate', viewOf('rate', CONSENTED));
    for (const b of sensitive) expect(html, b.id).toContain(`bm-rate-${b.id}`);
    expect(html).toContain('민감정보 동의 철회');
    expect(html).not.toContain('민감정보 항목 보기');
  });

  it('without a way to send consent, no consent card is offered', () => {
    expect(render('rate', viewOf('rate'), false)).not.toContain('민감정보 항목 보기');
  });

  it('plan: my top barrier with its strategies, services with tel: and https links, and my if-then line', () => {
    const html = render('plan', viewOf('plan'));
    expect(html).toContain('생계·채무');
    expect(html).toContain('href="tel:16005500"');
    expect(html).toContain('href="https://www.ccrs.or.kr"');
    expect(html).toContain('독촉 전화가 오면 상담부터');
    expect(html).not.toContain('bm-plan-mental-health');
  });

  it('rehearse: my if-then line, my partner and the pressed "practised" button', () => {
    const html = render('rehearse', viewOf('rehearse'));
    expect(html).toContain('독촉 전화가 오면 상담부터');
    expect(html).toContain('나의 짝: 바다');
    expect(html).toContain('aria-pressed="true"');
  });

  it('waits for its personal view', () => {
    expect(
      renderToStaticMarkup(
        createElement(Phone, {
          idPrefix: 'bm',
          activity: { id: 'a1', type: 'barrier-map', title: '걸림돌', config, pace: 'live', phase: 'rate' },
          personal: null,
          group: null,
          give: noop,
        }),
      ),
    ).toContain('불러오는 중');
  });
});
