// msw handlers that answer as eInnsyn and as an OParl system, over the fixtures (test/fixtures/einnsyn, test/fixtures/oparl).
import { http } from 'msw';
import { EINNSYN_BASE } from '../fixtures/einnsyn/fixtures.js';
import { OPARL_BASE } from '../fixtures/oparl/fixtures.js';
import { createEinnsynFake, type EinnsynFake } from './einnsyn-server.js';
import { createOparlFake, type OparlFake } from './oparl-server.js';

/** `base`: where the fake answers; the real https://api.einnsyn.no for elements that leave `api` out. */
export function einnsynHandlers(fake: EinnsynFake = createEinnsynFake(), base = EINNSYN_BASE) {
  return [http.all(`${base}/*`, ({ request }) => fake.handle(request))];
}

export function oparlHandlers(fake: OparlFake = createOparlFake()) {
  return [http.all(`${OPARL_BASE}`, ({ request }) => fake.handle(request)), http.all(`${OPARL_BASE}/*`, ({ request }) => fake.handle(request))];
}
