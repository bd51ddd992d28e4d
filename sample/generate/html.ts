// The small HTML vocabulary decisions use (<p>, <ol><li>, <strong>, <a>), with every piece of text escaped.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

export const strongP = (label: string, text: string): string => `<p><strong>${escapeHtml(label)}</strong> ${escapeHtml(text)}</p>`;

export const ol = (items: readonly string[]): string => `<ol>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;

/** A paragraph with one link: `before`, the link text, then `after`. */
export const linkP = (before: string, href: string, label: string, after: string): string =>
  `<p>${escapeHtml(before)}<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>${escapeHtml(after)}</p>`;
