// The eInnsyn and OParl renditions of test/fixtures, mounted on the demo site so the adapter pages run offline:
// /einnsyn-api (eInnsyn's API) and /oparl-api (an OParl system).
import { createEinnsynFake, type EinnsynFake } from '../test/mocks/einnsyn-server.js';
import { createOparlFake } from '../test/mocks/oparl-server.js';

export const EINNSYN_PATH = '/einnsyn-api';
export const OPARL_PATH = '/oparl-api';

export type FixtureApis = ((request: Request) => Promise<Response> | undefined) & {
  /** The eInnsyn rendition, whose orders an end-to-end test reads back. */
  readonly einnsyn: EinnsynFake;
};

/** A handler for the fixture APIs, or undefined for any other path. */
export function fixtureApis(siteUrl: string): FixtureApis {
  const einnsyn = createEinnsynFake({ basePath: EINNSYN_PATH });
  const oparl = createOparlFake(new URL(OPARL_PATH, siteUrl).href);
  const handle = (request: Request) => {
    const { pathname } = new URL(request.url);
    const under = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
    if (under(EINNSYN_PATH)) return einnsyn.handle(request);
    if (under(OPARL_PATH)) return oparl.handle(request);
    return undefined;
  };
  return Object.assign(handle, { einnsyn });
}
