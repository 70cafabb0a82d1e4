/**
 * Keys of agenda items. `crypto.getRandomValues` (unlike `randomUUID`) works on plain-http pages too,
 * which is how a center's laptop often reaches a server on the local network.
 */
export function newKey(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
