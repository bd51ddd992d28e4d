// A test command that switches Windows High Contrast-style forced colours on and off in Chromium through the DevTools
// protocol: @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only, and puppeteer's own
// emulateMediaFeatures refuses the feature.
export function forcedColorsPlugin() {
  /** One protocol session per test page, kept open: emulation ends when its session detaches. */
  const sessions = new Map();
  return {
    name: 'innsyn-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'innsyn-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
        page.once('close', () => sessions.delete(page));
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
