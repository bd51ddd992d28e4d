// Runs inside every benched page before its own scripts (puppeteer's evaluateOnNewDocument): records when the first
// and the last expected piece of content is on screen, and the page's cumulative layout shift. It looks into the
// shadow roots of innsyn-* elements, whether a script rendered them or they are declarative (the static baseline).
export interface ProbeTarget {
  first: string;
  complete: string;
  count: number;
}

export interface ProbeResult {
  first?: number;
  complete?: number;
  cls: number;
}

export function installProbe(target: ProbeTarget): void {
  const result: ProbeResult = { cls: 0 };
  (window as unknown as { __bench: ProbeResult }).__bench = result;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) result.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const roots = (): ParentNode[] => [
    document,
    ...[...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('innsyn-') && element.shadowRoot)
      .map((element) => element.shadowRoot!),
  ];
  const tick = (time: number) => {
    for (const root of roots()) {
      if (result.first === undefined && root.querySelector(target.first)) result.first = time;
      if (result.complete === undefined && root.querySelectorAll(target.complete).length >= target.count) result.complete = time;
    }
    if (result.complete === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface InteractionSpec {
  click: string;
  done: string;
  count: number;
}

/** In the page: clicks a control in the element's shadow root, resolves with the time until the result is on screen. */
export function interact(tag: string, spec: InteractionSpec): Promise<number> {
  const root = document.querySelector(tag)!.shadowRoot!;
  const control = root.querySelector<HTMLElement>(spec.click);
  if (!control) return Promise.reject(new Error(`no ${spec.click} in <${tag}>`));
  const started = performance.now();
  control.click();
  return new Promise((resolve) => {
    const tick = (time: number) => {
      if (root.querySelectorAll(spec.done).length >= spec.count) resolve(time - started);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * In the page, once rendered: the same content as static HTML. Each innsyn element keeps its tag with its rendered
 * shadow root and styles as declarative shadow DOM; scripts and the loader's links go.
 */
export function staticSnapshot(): string {
  const live = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('innsyn-'));
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const copies = [...copy.querySelectorAll('*')].filter((element) => element.localName.startsWith('innsyn-'));
  copies.forEach((element, index) => {
    const root = live[index]!.shadowRoot!;
    const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('');
    element.innerHTML = `<template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template>`;
  });
  copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preconnect"]').forEach((element) => element.remove());
  return `<!doctype html>\n${copy.outerHTML.replace(/<!--[^>]*-->/g, '')}`;
}
