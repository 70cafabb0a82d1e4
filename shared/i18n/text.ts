/** A user-visible string in both languages Moim speaks. Korean is the default, English the switch. */
export interface Text {
  ko: string;
  en: string;
}

export type Lang = keyof Text;
export const LANGS: readonly Lang[] = ['ko', 'en'];
export const DEFAULT_LANG: Lang = 'ko';
