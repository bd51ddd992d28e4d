import { expect } from '@open-wc/testing';
import { inheritedLang, matchLocale, resolveLocale } from '../../src/shared/locale.js';

// Plain elements appended by hand: open-wc's fixture() waits for a frame, which never comes in a throttled background tab.
function attached(lang: string): HTMLDivElement {
  const el = document.createElement('div');
  el.lang = lang;
  document.body.append(el);
  return el;
}

describe('locale', () => {
  afterEach(() => document.querySelectorAll('body > div[lang]').forEach((el) => el.remove()));

  it('maps language tags onto our four languages, region and case aside', () => {
    expect(matchLocale('nb-NO')).to.equal('nb');
    expect(matchLocale('no')).to.equal('nb');
    expect(matchLocale('NN')).to.equal('nn');
    expect(matchLocale('en-US')).to.equal('en');
    expect(matchLocale('sme')).to.equal('se');
    expect(matchLocale('se_NO')).to.equal('se');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('takes the closest lang, across a shadow root', () => {
    const host = document.createElement('div');
    attached('nn').append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('nn');
    expect(resolveLocale(inner)).to.equal('nn');
  });

  it('falls back to Bokmål for a language we do not speak', () => {
    expect(resolveLocale(attached('de'))).to.equal('nb');
  });
});
