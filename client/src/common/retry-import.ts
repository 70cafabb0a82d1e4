/**
 * Loads a lazily imported chunk, trying again (a few times, a little later each time) when a weak
 * connection lost it, so one dropped request does not leave a phone without its form.
 */
export async function retryImport<T>(load: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
