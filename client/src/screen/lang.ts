import type { Lang } from '../../../shared/i18n/text.js';

/**
 * The projector speaks Korean unless its link says `?lang=en` (the console's projector link carries
 * the console's language). It never stores a choice: the projector often shares a browser with
 * the console, whose own stored language must stay as the facilitator left it.
 */
export function screenLang(search: string = window.location.search): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'ko';
}
