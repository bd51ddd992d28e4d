// How a document link reads wherever documents are listed: its file format and a label that does not repeat itself.

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/rtf': 'RTF',
  'text/rtf': 'RTF',
  'application/zip': 'ZIP',
  'text/csv': 'CSV',
  'text/html': 'HTML',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
  'image/tiff': 'TIFF',
};

/** Say nothing rather than something meaningless: "OCTET-STREAM" tells a citizen less than no label. */
const UNNAMED = new Set(['application/octet-stream', 'binary/octet-stream', 'application/x-download']);

/**
 * A short, readable file format for a media type: "PDF", "Word", "ODS"; a plain subtype such as "png" or "xml"
 * in capitals; empty when the type says nothing a citizen would recognise.
 */
export function fileFormat(mediaType: string): string {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (UNNAMED.has(type)) return '';
  const known = FORMATS[type];
  if (known) return known;
  const subtype = (type.split('/')[1] ?? '').replace(/^x-/, '');
  return /^[a-z0-9]{2,5}$/.test(subtype) ? subtype.toUpperCase() : '';
}

/**
 * The link text after the document's type label: the title, or nothing when the title merely repeats the label
 * ("Møteinnkalling: Møteinnkalling - Kommunestyret" becomes "Møteinnkalling - Kommunestyret" under no label).
 */
export function repeatsLabel(title: string, label: string): boolean {
  const normalize = (value: string) => value.trim().toLocaleLowerCase();
  return label !== '' && normalize(title).startsWith(normalize(label));
}
