import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ApiError } from '../../src/api/errors.js';
import nb from '../../src/shared/messages/nb.js';
import en from '../../src/shared/messages/en.js';
import { renderError } from '../../src/shared/status-views.js';

/** Rendered into a detached element: a fixture's frame wait can hang in a throttled background tab. */
function shown(template: TemplateResult): HTMLElement {
  const root = document.createElement('section');
  render(template, root);
  return root;
}

const problem = (extra: Record<string, unknown>) => ({ type: 'about:blank', title: 'Bad', ...extra });

describe('error messages', () => {
  it('never shows the API\'s free-text detail, which anyone controlling the API could fill with a scam', () => {
    const error = new ApiError('server', 'https://x/api', '500', {
      status: 500,
      problem: problem({ detail: 'Ring 815 00 000 og oppgi BankID-koden din!' }),
    });
    const el = shown(renderError(error, nb));
    expect(el.textContent).to.contain('Innsynstjenesten har en feil akkurat nå');
    expect(el.textContent).not.to.contain('BankID');
  });

  it('shows the service\'s words for a validation error that names a field, as text', () => {
    const error = new ApiError('bad-request', 'https://x/api', '422', {
      status: 422,
      problem: problem({ detail: 'Ring oss!', errors: [{ field: 'email', message: 'is not an e-mail address <b>' }] }),
    });
    const el = shown(renderError(error, en));
    expect(el.textContent).to.contain('email: is not an e-mail address <b>');
    expect(el.textContent).not.to.contain('Ring oss');
    expect(el.querySelector('b')).to.equal(null);
  });
});
