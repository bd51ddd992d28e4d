// (a) A CMS page's global CSS must not break the elements: resets, `all: unset`, a huge base font, tables turned into
// blocks and buttons hidden on the light DOM. Proved on the script-tag bundle, for every element.
import { expect } from '@open-wc/testing';
import { worker, startWorker } from '../mocks/worker.js';
import { embeddingHandlers, createElement, elementsUnderTest, loadBundle, until } from './element-cases.js';

const HOSTILE_PAGES: Record<string, string> = {
  'an `all: unset !important` reset on everything': `
    *, *::before, *::after { all: unset !important; }
    html { font-size: 40px !important; }`,
  'a large base font and odd text settings': `
    html { font-size: 40px; }
    body { font: 700 1rem/3 Georgia, serif; color: #c00; letter-spacing: 0.2em; text-transform: uppercase;
      text-align: right; white-space: pre; word-spacing: 1em; }`,
  'tables, lists and buttons restyled on the light DOM': `
    table, thead, tbody, tr, td, th { display: block !important; width: auto !important; }
    ul, ol, li { display: inline !important; list-style: none !important; margin: 0 !important; padding: 0 !important; }
    button, select, input, a { display: none !important; }
    div, section, header, article, p { display: flex !important; flex-direction: row-reverse !important; }
    [part], [class], [role] { visibility: hidden !important; opacity: 0 !important; }
    :focus { outline: none !important; }`,
};

function visible(element: Element): boolean {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
}

describe('elements on a page with hostile global CSS', () => {
  let sheet: HTMLStyleElement | undefined;
  const hosts: HTMLElement[] = [];

  before(async () => {
    await startWorker();
    await loadBundle();
  });

  beforeEach(() => worker.use(...embeddingHandlers()));

  afterEach(() => {
    sheet?.remove();
    for (const host of hosts.splice(0)) host.remove();
  });

  for (const [page, css] of Object.entries(HOSTILE_PAGES)) {
    for (const element of elementsUnderTest()) {
      it(`<${element.tag}> renders as designed on a page with ${page}`, async () => {
        sheet = document.createElement('style');
        sheet.textContent = css;
        document.head.append(sheet);
        const el = createElement(element);
        hosts.push(el);
        document.body.append(el);
        await until(el, element.case.loaded, 'never showed its data');
        const root = el.shadowRoot!;

        const base = root.querySelector('[part~="base"]')!;
        expect(visible(base), 'the element box is visible').to.equal(true);
        const buttons = [...root.querySelectorAll('button')];
        expect(buttons.length).to.be.greaterThan(0);
        for (const button of buttons) {
          expect(getComputedStyle(button).display, `button "${button.textContent?.trim()}"`).to.not.equal('none');
        }
        expect(buttons.some(visible), 'a button is visible').to.equal(true);
        for (const [selector, display] of element.case.layout) {
          const target = root.querySelector(selector);
          expect(target, selector).to.not.equal(null);
          expect(getComputedStyle(target!).display, selector).to.equal(display);
        }
        const fontSize = parseFloat(getComputedStyle(base).fontSize);
        expect(fontSize, 'inherits the host page font size').to.equal(parseFloat(getComputedStyle(el).fontSize));
      });
    }
  }

  it('lays the month grid out as a table, its days in rows, under a page that turns tables into blocks', async () => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_PAGES['tables, lists and buttons restyled on the light DOM']!;
    document.head.append(sheet);
    const calendar = elementsUnderTest().find((element) => element.name === 'meeting-calendar')!;
    const el = createElement(calendar);
    el.setAttribute('view', 'month');
    hosts.push(el);
    document.body.append(el);
    await until(el, (root) => root.querySelectorAll('.chip').length > 0, 'no meetings in the grid');

    const grid = el.shadowRoot!.querySelector('.grid')!;
    expect(getComputedStyle(grid).display).to.equal('table');
    const firstWeek = [...grid.querySelectorAll('tbody tr:first-child td')];
    expect(firstWeek).to.have.length(7);
    const tops = new Set(firstWeek.map((cell) => Math.round(cell.getBoundingClientRect().top)));
    expect(tops.size, 'the seven days of a week share one row').to.equal(1);
    const lefts = firstWeek.map((cell) => cell.getBoundingClientRect().left);
    expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    for (const cell of firstWeek) expect(getComputedStyle(cell).display).to.equal('table-cell');
  });
});
