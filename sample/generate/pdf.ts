// A minimal valid one-page PDF 1.4 (Helvetica, WinAnsi text), optionally padded so its length matches a document's stated size.

export interface PdfContent {
  title: string;
  /** Further lines under the title. */
  lines: readonly string[];
  /** Pad the file with whitespace inside the page stream up to this many bytes (if larger than the minimal file). */
  size?: number | null;
}

const FIXED_OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
];

// WinAnsi code points outside Latin-1; other characters fall back to a plain-letter spelling or "?".
const WIN_ANSI_EXTRA: Record<string, number> = { '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '€': 0x80, 'š': 0x9a, 'Š': 0x8a, 'ž': 0x9e, 'Ž': 0x8e };
const TRANSLITERATED: Record<string, string> = { 'č': 'c', 'Č': 'C', 'đ': 'd', 'Đ': 'D', 'ŋ': 'n', 'Ŋ': 'N', 'ŧ': 't', 'Ŧ': 'T' };

/** A PDF string literal body: parentheses and backslashes escaped, non-ASCII as octal WinAnsi codes, so the file stays ASCII. */
export function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xa0 && code <= 0xff) out += octal(code);
    else if (WIN_ANSI_EXTRA[char] !== undefined) out += octal(WIN_ANSI_EXTRA[char]);
    else if (TRANSLITERATED[char] !== undefined) out += TRANSLITERATED[char];
    else if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else out += '?';
  }
  return out;
}

function octal(code: number): string {
  return `\\${code.toString(8).padStart(3, '0')}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function pageStream(content: PdfContent): string {
  const ops = ['BT', '/F1 16 Tf', '18 TL', '56 780 Td'];
  for (const line of wrap(content.title, 60)) ops.push(`(${pdfString(line)}) Tj T*`);
  ops.push('/F1 11 Tf', '14 TL', 'T*');
  for (const paragraph of content.lines) for (const line of wrap(paragraph, 90)) ops.push(`(${pdfString(line)}) Tj T*`);
  ops.push('ET');
  return ops.join('\n');
}

function assemble(stream: string, padding: number): { text: string; paddingAt: number } {
  const header = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  let text = header;
  const offsets: number[] = [];
  FIXED_OBJECTS.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  offsets.push(text.length);
  const streamBody = `${stream}\n`;
  text += `5 0 obj\n<< /Length ${streamBody.length + padding} >>\nstream\n${streamBody}`;
  const paddingAt = text.length;
  const afterPadding = '\nendstream\nendobj\n';
  const xrefAt = text.length + padding + afterPadding.length;
  const xref =
    `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  // The padding bytes go between `paddingAt` and the rest when the bytes are written, not into this string.
  return { text: text + afterPadding + xref, paddingAt };
}

/** Builds the file. The stream padding is whitespace (newline every 100 bytes), which a content stream ignores. */
export function buildPdf(content: PdfContent): Uint8Array {
  const stream = pageStream(content);
  const minimal = assemble(stream, 0).text.length;
  // Padding shifts the xref offset, whose digit count can grow the file by a byte or two: settle in a few rounds.
  let padding = 0;
  if (content.size && content.size > minimal) {
    padding = content.size - minimal;
    for (let round = 0; round < 4; round++) {
      const total = assemble(stream, padding).text.length + padding;
      if (total === content.size) break;
      padding += content.size - total;
    }
  }
  const { text, paddingAt } = assemble(stream, padding);
  const bytes = new Uint8Array(text.length + padding);
  for (let i = 0; i < paddingAt; i++) bytes[i] = text.charCodeAt(i);
  for (let i = 0; i < padding; i++) bytes[paddingAt + i] = i % 100 === 99 ? 0x0a : 0x20;
  for (let i = paddingAt; i < text.length; i++) bytes[padding + i] = text.charCodeAt(i);
  return bytes;
}
