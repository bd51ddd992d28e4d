// Entries per page from the `page-size` attribute; its own module, since the script-tag loader needs it too.

/** 1–100; 25 when absent or not a number. */
export function journalPageSize(pageSize: number): number {
  return Math.min(100, Math.max(1, Math.round(pageSize) || 25));
}
