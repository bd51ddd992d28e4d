// eInnsyn's query language, parsed once for every search backend: words (all must match; `+` is allowed), `"phrases"`,
// `-exclusion`, `a | b` (also `OR`), case and journal numbers. Parentheses are read as spaces. Asterisks and other
// punctuation never form part of a word, so `*****` (screened text) can never be searched for.

export type Operand =
  | { kind: 'word'; word: string }
  | { kind: 'phrase'; words: string[] }
  /** A case number `2026/1234` or a journal number `2026/1234-3`. */
  | { kind: 'reference'; reference: string };

export interface SearchQuery {
  /** Every group must match; a group matches when any of its operands does. */
  all: Operand[][];
  /** No entry matching one of these is returned. */
  none: Operand[];
}

export const MAX_OPERANDS = 32;

const REFERENCE = /^\d{4}\/\d{1,9}(?:-\d{1,9})?$/;
const TOKEN = /"([^"]*)"?|\||[^\s"|()]+/g;

/** Lower-case words of letters and digits, the units both the query and the searched text are cut into. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function parseSearchQuery(q: string): SearchQuery {
  const all: Operand[][] = [];
  const none: Operand[] = [];
  let joinNext = false;
  let count = 0;
  for (const match of q.replace(/[()]/g, ' ').matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === '|' || raw === 'OR') {
      joinNext = all.length > 0;
      continue;
    }
    let text = match[1] ?? raw;
    const quoted = match[1] !== undefined;
    let negated = false;
    if (!quoted) {
      negated = text.startsWith('-');
      text = text.replace(/^[-+]+/, '');
    } else if (match.index > 0 && q[match.index - 1] === '-' && (match.index < 2 || /\s/.test(q[match.index - 2] ?? ''))) {
      negated = true;
    }
    const operand = toOperand(text, quoted);
    if (!operand || count >= MAX_OPERANDS) {
      joinNext = false;
      continue;
    }
    count += 1;
    if (negated) none.push(operand);
    else if (joinNext) all[all.length - 1]?.push(operand);
    else all.push([operand]);
    joinNext = false;
  }
  return { all, none };
}

function toOperand(text: string, quoted: boolean): Operand | undefined {
  if (!quoted && REFERENCE.test(text)) return { kind: 'reference', reference: text };
  const found = words(text);
  if (found.length === 0) return undefined;
  return found.length === 1 ? { kind: 'word', word: found[0] as string } : { kind: 'phrase', words: found };
}
