// Waits for a condition by watching the DOM instead of polling with timers: test pages that run in a background tab
// get their timers throttled to one a second, which makes polling helpers slow and flaky there.
export function until<T>(
  roots: Node | Node[],
  predicate: () => T | null | undefined | false,
  message = 'condition not met',
  timeout = 8000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      let value: T | null | undefined | false;
      try {
        value = predicate();
      } catch {
        value = undefined;
      }
      if (!value) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
      return true;
    };
    const observer = new MutationObserver(() => void check());
    for (const root of Array.isArray(roots) ? roots : [roots]) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      if (!check()) reject(new Error(`Timeout: ${message}`));
    }, timeout);
    void Promise.resolve().then(check);
  });
}
