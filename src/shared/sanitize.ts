// Decisions (vedtak) may carry a little HTML from the case system. It is cleaned with DOMPurify into DOM nodes, so no
// HTML string reaches a sink after cleaning (works under Trusted Types), and DOMPurify is loaded only when needed.
import type { DOMPurify as Purifier } from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a'];
const ALLOWED_ATTR = ['href'];
/** Only absolute http(s) and mailto links; relative links would resolve against whichever page embeds the element. */
const ALLOWED_URI_REGEXP = /^(?:https?:\/\/|mailto:)/i;

let purifier: Promise<Purifier> | undefined;

/** Our own DOMPurify instance, so our hooks never change how the host page's DOMPurify behaves. */
function loadPurifier(): Promise<Purifier> {
  purifier ??= import('dompurify').then(({ default: createPurifier }) => {
    const instance = createPurifier(window);
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof Element && node.localName === 'a' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    return instance;
  });
  return purifier;
}

/** Starts fetching the sanitizer's code without waiting for it: beside a meeting request, instead of after it. */
export function preloadSanitizer(): void {
  loadPurifier().catch(() => {
    // A failed preload is forgotten; sanitizeHtml tries again and reports the error where it is needed.
    purifier = undefined;
  });
}

/** True when the text needs the HTML path (and so DOMPurify); plain text is rendered as text by lit. */
export function looksLikeHtml(text: string): boolean {
  return text.includes('<');
}

/**
 * Cleans limited HTML into a DocumentFragment with only p, br, ul, ol, li, strong, em, b, i and a (http(s) or mailto
 * href, rel="noopener noreferrer"). Text without "<" comes back unchanged as a string, without loading DOMPurify.
 * Render the result as a lit child value: a string is escaped, a fragment is inserted as nodes.
 */
export async function sanitizeHtml(text: string): Promise<DocumentFragment | string> {
  if (!looksLikeHtml(text)) return text;
  const purify = await loadPurifier();
  return purify.sanitize(text, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
