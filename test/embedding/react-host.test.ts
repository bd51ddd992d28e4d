// (d) Inside a React 18 app: attributes from JSX props, a property through a ref, an event through addEventListener
// on the ref, reaching React state. React 18 knows nothing of custom elements, so this is the least a framework does.
import { expect } from '@open-wc/testing';
import { createElement, useEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { worker, startWorker } from '../mocks/worker.js';
import { apiOf, embeddingHandlers, elementsUnderTest, loadBundle, until, waitFor, type ElementUnderTest } from './element-cases.js';

interface HostProps {
  element: ElementUnderTest;
  onElement: (el: HTMLElement) => void;
}

/** A React component as a site developer would write it around one of our tags. */
function Host({ element, onElement }: HostProps) {
  const ref = useRef<HTMLElement>(null);
  const [received, setReceived] = useState<string[]>([]);
  const { name } = element.case.event;
  useEffect(() => {
    const el = ref.current!;
    const listener = (event: Event) => setReceived((list) => [...list, `${event.type}:${typeof (event as CustomEvent).detail}`]);
    el.addEventListener(name, listener);
    onElement(el);
    return () => el.removeEventListener(name, listener);
  }, [name, onElement]);
  return createElement(
    'section',
    null,
    createElement(element.tag, { ref, api: apiOf(element), ...element.case.attributes }),
    createElement('output', { 'data-testid': 'events' }, received.join(' ')),
  );
}

describe('elements inside a React 18 app', () => {
  let container: HTMLElement;
  let root: Root | undefined;

  before(async () => {
    await startWorker();
    await loadBundle();
  });

  beforeEach(() => {
    worker.use(...embeddingHandlers());
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  for (const element of elementsUnderTest()) {
    it(`<${element.tag}>: attributes from props, a property through a ref, events into React state`, async () => {
      let el: HTMLElement | undefined;
      root = createRoot(container);
      root.render(createElement(Host, { element, onElement: (found: HTMLElement) => (el = found) }));
      await waitFor(() => el !== undefined, 'React did not mount the element');
      const mounted = container.querySelector<HTMLElement>(element.tag)!;
      expect(mounted).to.equal(el);
      await until(mounted, element.case.loaded, 'never showed its data from the attributes React set');
      for (const [name, value] of Object.entries(element.case.attributes)) expect(mounted.getAttribute(name)).to.equal(value);

      const { property, event } = element.case;
      (mounted as unknown as Record<string, unknown>)[property.name] = property.value;
      await until(mounted, property.applied, `did not apply the ${property.name} property`);

      await event.trigger(mounted);
      const output = container.querySelector('output')!;
      await waitFor(() => output.textContent!.includes(`${event.name}:object`), `React state never got ${event.name}`);
      expect(output.textContent, 'React state holds the event with its detail').to.contain(`${event.name}:object`);
    });
  }
});
