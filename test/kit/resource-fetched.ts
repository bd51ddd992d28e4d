// Resolves with the page's first fetch of a matching resource (resource timing, no polling): whether and when a chunk
// was downloaded, as a citizen's network panel shows it.
export function resourceFetched(matches: (path: string) => boolean): Promise<PerformanceResourceTiming> {
  const find = (entries: PerformanceEntryList) =>
    entries.find((entry): entry is PerformanceResourceTiming => matches(new URL(entry.name).pathname));
  return new Promise((resolve) => {
    const known = find(performance.getEntriesByType('resource'));
    if (known) return resolve(known);
    const observer = new PerformanceObserver((list) => {
      const entry = find(list.getEntries());
      if (!entry) return;
      observer.disconnect();
      resolve(entry);
    });
    observer.observe({ type: 'resource' });
  });
}
