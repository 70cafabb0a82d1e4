/**
 * Turns what people typed into the word that is counted: "  Teamwork!" and "teamwork" are one word,
 * "팀워크" and "팀워크." too. Korean has no case; Latin letters are lowercased.
 */
export function normalizeWord(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
    .trim()
    .toLocaleLowerCase('en');
}
