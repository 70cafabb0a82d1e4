import type { Strings } from '../common/i18n.js';

/** Strings every page uses: errors made on the device, the timer, results. */
export const commonStrings: Strings = {
  ko: {
    app: { name: '모임' },
    common: { dismiss: '닫기' },
    error: {
      network: '인터넷 연결이 끊겨 보내지 못했습니다. 연결되면 다시 시도합니다.',
      timeout: '서버가 응답하지 않습니다. 잠시 후 다시 시도해 주세요.',
      server: '서버에서 알 수 없는 응답이 왔습니다. 잠시 후 다시 시도해 주세요.',
    },
    timer: {
      label: '남은 시간',
      running: '남은 시간',
      paused: '일시 정지',
      done: '시간 종료',
    },
    results: {
      title: '결과',
      respondents: '응답 {{count}}명',
      count: '{{count}}명',
      times: '{{count}}명',
    },
  },
  en: {
    app: { name: 'Moim' },
    common: { dismiss: 'Dismiss' },
    error: {
      network: 'Not sent: the connection is down. It will be retried when you are back online.',
      timeout: 'The server did not answer. Please try again shortly.',
      server: 'The server sent an unexpected response. Please try again shortly.',
    },
    timer: {
      label: 'Time left',
      running: 'Time left',
      paused: 'Paused',
      done: "Time's up",
    },
    results: {
      title: 'Results',
      respondents_one: '{{count}} answer',
      respondents_other: '{{count}} answers',
      count_one: '{{count}} person',
      count_other: '{{count}} people',
      times_one: '{{count}} person',
      times_other: '{{count}} people',
    },
  },
};
