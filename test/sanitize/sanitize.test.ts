import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { looksLikeHtml, sanitizeHtml } from '../../src/shared/sanitize.js';

/** Renders the sanitizer's result the way the agenda does: as a lit child value, then reads the DOM. */
async function rendered(input: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  render(html`<div class="decision">${await sanitizeHtml(input)}</div>`, container);
  return container;
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('sanitizeHtml (decisions)', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((node) => node.remove());
    delete window.__pwned;
  });

  it('returns plain text untouched and as a string, so lit escapes it', async () => {
    expect(looksLikeHtml('Kommunestyret vedtar planen & budsjettet')).to.equal(false);
    expect(await sanitizeHtml('Vedtak: A & B')).to.equal('Vedtak: A & B');
  });

  it('keeps the allowed structure: paragraphs, lists, emphasis and http(s)/mailto links', async () => {
    const el = await rendered(
      '<p><strong>Vedtak:</strong> <em>Planen</em> <b>vedtas</b> <i>slik</i>:<br>se</p><ol><li>én</li></ol><ul><li>to</li></ul>' +
        '<p><a href="https://eksempel.kommune.no/plan">plan</a> <a href="mailto:post@eksempel.no">post</a></p>',
    );
    expect(el.querySelectorAll('p, strong, em, b, i, br, ol, ul, li')).to.have.length(11);
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://eksempel.kommune.no/plan', 'mailto:post@eksempel.no']);
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
  });

  const hostile: [string, string][] = [
    ['<img src=x onerror>', '<p>a<img src=x onerror="window.__pwned=1">b</p>'],
    ['<svg onload>', '<svg onload="window.__pwned=2"><circle r=1></circle></svg>'],
    ['<script>', '<p>a</p><script>window.__pwned=3</script>'],
    ['<iframe>', '<iframe src="javascript:parent.__pwned=4"></iframe><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>'],
    ['style and event attributes', '<p style="background:url(javascript:parent.__pwned=6)" onclick="window.__pwned=7" onmouseover="window.__pwned=8">x</p>'],
    ['<form>, <input> and <button>', '<form action="https://evil.test"><input name=q><button formaction="javascript:alert(1)">x</button></form>'],
    ['<style> and <link>', '<style>*{display:none}</style><link rel=stylesheet href="https://evil.test/x.css">'],
  ];
  for (const [name, input] of hostile) {
    it(`drops ${name}, which never runs`, async () => {
      const el = await rendered(input);
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.querySelector('img, svg, script, iframe, form, input, button, style, link')).to.equal(null);
      expect(el.querySelector('[style], [onclick], [onerror], [onload], [onmouseover]')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('never turns javascript:, data:, vbscript: or relative hrefs into links', async () => {
    const el = await rendered(
      '<a href="javascript:window.__pwned=9">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="java&#x09;script:alert(1)">c</a>' +
        '<a href="data:text/html,<script>alert(1)</script>">d</a><a href="vbscript:x">e</a><a href="/relative">f</a>',
    );
    expect(el.querySelectorAll('a[href]')).to.have.length(0);
    expect(el.textContent).to.equal('abcdef');
  });

  it('keeps the text of removed elements as text, never as markup', async () => {
    const el = await rendered('<p>Vedtatt &lt;img src=x onerror=alert(1)&gt; med 27 mot 8 stemmer</p>');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('Vedtatt <img src=x onerror=alert(1)> med 27 mot 8 stemmer');
  });

  it('works on a page that enforces Trusted Types', async () => {
    const frame = document.createElement('iframe');
    const moduleUrl = new URL('../../src/shared/sanitize.ts', import.meta.url).href;
    const litUrl = new URL('../../node_modules/lit/index.js', import.meta.url).href;
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
      <div id="out"></div>
      <script type="module">
        const report = (value) => parent.postMessage({ trustedTypesResult: value }, '*');
        try {
          let enforced = false;
          try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
          const { sanitizeHtml } = await import(${JSON.stringify(moduleUrl)});
          const { html, render } = await import(${JSON.stringify(litUrl)});
          const clean = await sanitizeHtml('<p>Vedtatt <a href="https://eksempel.no">plan</a><img src=x onerror="parent.__pwned=1"></p>');
          render(html\`<div>\${clean}</div>\`, document.getElementById('out'));
          report({ enforced, html: document.getElementById('out').innerHTML.replace(/<!--.*?-->/g, '') });
        } catch (error) {
          report({ error: String(error) });
        }
      </script>`;
    const result = new Promise<{ enforced?: boolean; html?: string; error?: string }>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (!event.data?.trustedTypesResult) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.trustedTypesResult);
      };
      window.addEventListener('message', onMessage);
    });
    document.body.append(frame);
    const { enforced, html: output, error } = await result;
    frame.remove();
    expect(error).to.equal(undefined);
    expect(enforced).to.equal(true);
    expect(output).to.equal('<div><p>Vedtatt <a href="https://eksempel.no" rel="noopener noreferrer">plan</a></p></div>');
    expect(window.__pwned).to.equal(undefined);
  });
});
