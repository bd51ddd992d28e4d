import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang, matchLocale, resolveLocale } from '../../src/shared/locale.js';

describe('locale', () => {
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

  it('takes the closest lang, across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nn"><div></div></div>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('nn');
    expect(resolveLocale(inner)).to.equal('nn');
  });

  it('falls back to Bokmål for a language we do not speak', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    expect(resolveLocale(el)).to.equal('nb');
  });
});
