/**
 * localStorage that never throws: private browsing, a full quota or a disabled store must not stop
 * a participant from answering. A value that cannot be written is kept in memory instead and read
 * back from there, so the page keeps working (it only loses persistence across reloads).
 */
const memory = new Map<string, string>();

export function readJson<T>(key: string): T | null {
  try {
    const raw = memory.get(key) ?? window.localStorage.getItem(key);
    return raw === null || raw === undefined ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  try {
    window.localStorage.setItem(key, raw);
    memory.delete(key);
  } catch {
    // Storage unavailable: keep working in memory.
    memory.set(key, raw);
  }
}

export function removeKey(key: string): void {
  memory.delete(key);
  try {
    window.localStorage.removeItem(key);
  } catch {
    // ignore
  }
}

/** Another tab changed a key (the `storage` event fires only in the tabs that did not write). */
export function onStorageChange(listener: (key: string) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null) {
      // Storage was cleared in another tab.
      listener('');
    } else if (!memory.has(event.key)) {
      listener(event.key);
    }
  });
}
