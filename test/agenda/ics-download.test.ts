// The agenda's calendar file, made on demand: one file per meeting, a failure said and retried, memory given back.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IcsDownload } from '../../src/agenda/ics-download.js';
import { API, heldMeeting } from './agenda-fixtures.js';

function host() {
  const controllers: ReactiveController[] = [];
  const fake = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void fake.updates++,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return fake satisfies ReactiveControllerHost & object;
}

const source = { meeting: heldMeeting, apiBaseUrl: API, pageUrl: 'https://kommune.example/moter' };

describe('IcsDownload', () => {
  it('makes one file per meeting however often it is asked, and asks for a render once it is there', async () => {
    const page = host();
    const download = new IcsDownload(page);
    const [first, second] = await Promise.all([download.prepare(source), download.prepare(source)]);
    expect(first).to.not.equal(undefined);
    expect(second).to.equal(first);
    expect(await download.prepare(source)).to.equal(first);
    expect(first!.filename).to.equal('kommunestyret-2026-02-12.ics');
    expect(await (await fetch(first!.url)).text()).to.contain('SUMMARY:Kommunestyret');
    expect(page.updates).to.be.greaterThan(0);
  });

  it('says it failed when the file cannot be made, and makes it on the next try', async () => {
    const download = new IcsDownload(host());
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await download.prepare({ ...source, apiBaseUrl: 'not a URL' })).to.equal(undefined);
    } finally {
      console.error = consoleError;
    }
    expect(download.failed).to.equal(true);
    expect(errors).to.have.length(1);
    const file = await download.prepare(source);
    expect(file?.url).to.match(/^blob:/);
    expect(download.failed).to.equal(false);
  });

  it('gives the file back when the element leaves the page', async () => {
    const page = host();
    const download = new IcsDownload(page);
    const file = (await download.prepare(source))!;
    page.disconnect();
    expect(download.file).to.equal(undefined);
    let revoked = false;
    await fetch(file.url).catch(() => (revoked = true));
    expect(revoked).to.equal(true);
  });
});
