// The one place an element gets its port: from its `api`, `api-kind` and `publisher` attributes. Adapters are loaded
// (a dynamic import, so a separate chunk) only when an element asks for one: the default bundle stays as it is.
import { resolveBaseUrl } from './base-url.js';
import { EINNSYN_API } from './einnsyn-address.js';
import { ApiError } from './errors.js';
import { getHttpPort } from './http-port.js';
import { API_KINDS, type ApiKind, type PublicationPort } from './port.js';

export interface PortConfig {
  /** Base URL: of our contract, of eInnsyn (`https://api.einnsyn.no`), or of an OParl System object. */
  api: string;
  /** `publication` (default), `einnsyn` or `oparl`. */
  apiKind?: string | null;
  /**
   * Whose records: for eInnsyn the unit's id (`enh_…`), organisation number or slug; for OParl the Body's id (URL),
   * optional when the System has one body.
   */
  publisher?: string | null;
}

/** The normalised configuration an adapter is created from. */
export interface AdapterConfig {
  baseUrl: string;
  publisher: string;
}

export { EINNSYN_API };

const ports = new Map<string, Promise<PublicationPort>>();

/** Throws ApiError 'config' for an unknown kind, an unusable base URL or a missing publisher. */
export function parseApiKind(value: string | null | undefined): ApiKind {
  const kind = (value ?? '').trim().toLowerCase() || 'publication';
  if ((API_KINDS as readonly string[]).includes(kind)) return kind as ApiKind;
  throw new ApiError('config', String(value), `Unknown api-kind "${value}"; use one of ${API_KINDS.join(', ')}.`);
}

/** The base URL an element's attributes name: `api`, or eInnsyn's own address when api-kind="einnsyn" leaves it out. */
export function effectiveApi(config: PortConfig): string {
  return config.api.trim() || (parseApiKind(config.apiKind) === 'einnsyn' ? EINNSYN_API : config.api);
}

/**
 * Why these attributes cannot give a port (unknown kind, no usable base URL, eInnsyn without a publisher), or undefined.
 * Cheap and synchronous, so an element can say so before it asks for anything.
 */
export function portConfigError(config: PortConfig): ApiError | undefined {
  try {
    const kind = parseApiKind(config.apiKind);
    const api = effectiveApi(config);
    if (!api.trim()) return new ApiError('config', api, 'missing api attribute');
    resolveBaseUrl(api);
    if (kind === 'einnsyn' && !(config.publisher ?? '').trim()) {
      return new ApiError('config', api, 'api-kind="einnsyn" needs a publisher: the unit\'s id, organisation number or slug.');
    }
    return undefined;
  } catch (error) {
    return error as ApiError;
  }
}

/** The same string for every element that would get the same port; cheap, and it loads nothing. */
export function portKey(config: PortConfig): string {
  const kind = parseApiKind(config.apiKind);
  const base = resolveBaseUrl(effectiveApi(config));
  return kind === 'publication' ? base : `${kind} ${base} ${(config.publisher ?? '').trim()}`;
}

export function getPort(config: PortConfig): Promise<PublicationPort> {
  const problem = portConfigError(config);
  if (problem) return Promise.reject(problem);
  const kind = parseApiKind(config.apiKind);
  if (kind === 'publication') return Promise.resolve(getHttpPort(config.api));
  const key = portKey(config);
  let port = ports.get(key);
  if (!port) {
    const adapter: AdapterConfig = {
      baseUrl: resolveBaseUrl(effectiveApi(config)),
      publisher: (config.publisher ?? '').trim(),
    };
    port = loadAdapter(kind, adapter);
    ports.set(key, port);
    // A failed chunk load (offline) must not stick: the next attempt imports again.
    port.catch(() => ports.delete(key));
  }
  return port;
}

async function loadAdapter(kind: Exclude<ApiKind, 'publication'>, config: AdapterConfig): Promise<PublicationPort> {
  if (kind === 'einnsyn') {
    if (!config.publisher) {
      throw new ApiError('config', config.baseUrl, 'api-kind="einnsyn" needs a publisher: the unit\'s id, organisation number or slug.');
    }
    const { createEinnsynPort } = await import('./adapters/einnsyn/einnsyn-port.js');
    return createEinnsynPort(config);
  }
  const { createOparlPort } = await import('./adapters/oparl/oparl-port.js');
  return createOparlPort(config);
}
