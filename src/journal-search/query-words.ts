// The words of a query in eInnsyn's language to mark in titles: words and phrases, not exclusions or operators.

/** `barnehage "ny skole" -nedlegging a | b` → ['barnehage', 'ny skole', 'a', 'b']. */
export function highlightWords(query: string): string[] {
  const words: string[] = [];
  for (const match of query.matchAll(/(-?)"([^"]*)"|(\S+)/g)) {
    if (match[1] === '-') continue;
    const word = (match[2] ?? match[3] ?? '').trim();
    if (!word || word === '|' || word.startsWith('-') || /^(or|og|and|eller)$/i.test(word)) continue;
    words.push(word.replace(/^[|+]+|[|*]+$/g, ''));
  }
  return [...new Set(words.filter((word) => word.length >= 2))];
}

export interface Segment {
  text: string;
  hit: boolean;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per list of words: a render marks hundreds of titles with the same words. */
const patterns = new WeakMap<readonly string[], RegExp>();
function patternOf(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'giu');
    patterns.set(words, pattern);
  }
  return pattern;
}

/** Splits text into marked and unmarked pieces, case-insensitively; a word marks where a word of the text begins. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  if (!words.length || !text) return [{ text, hit: false }];
  const pattern = patternOf(words);
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}
