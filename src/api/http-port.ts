// The port over an API that implements our own contract (spec/publication-api.yaml): the default, bundled with every element.
import { getClient, type ApiClient } from './client.js';
import * as api from './publication-api.js';
import type { PortJournalPage, PortJournalQuery, PublicationPort } from './port.js';

/** Already loaded wherever it is asked for: the elements that use it import it (see journal-api.ts). */
const journalApi = () => import('./journal-api.js');

export class HttpPublicationPort implements PublicationPort {
  readonly kind = 'publication' as const;
  readonly key: string;

  constructor(readonly client: ApiClient) {
    this.key = client.baseUrl;
  }

  getService: PublicationPort['getService'] = (options) => api.getService(this.client, options);
  listBodies: PublicationPort['listBodies'] = (options) => api.listBodies(this.client, options);
  listMeetings: PublicationPort['listMeetings'] = (query, options) => api.listMeetings(this.client, query, options);
  getMeeting: PublicationPort['getMeeting'] = (id, options) => api.getMeeting(this.client, id, options);
  calendarFeedUrl: PublicationPort['calendarFeedUrl'] = (body) => api.calendarFeedUrl(this.client, body);
  getJournalEntry: PublicationPort['getJournalEntry'] = async (id, options) => (await journalApi()).getJournalEntry(this.client, id, options);
  submitAccessRequest: PublicationPort['submitAccessRequest'] = async (request, key, options) =>
    (await journalApi()).submitAccessRequest(this.client, request, key, options);

  listUnits: PublicationPort['listUnits'] = async (options) => (await journalApi()).listUnits(this.client, options);

  async searchJournal(query: PortJournalQuery, options?: api.ReadOptions): Promise<PortJournalPage> {
    const { previous, ...rest } = query;
    return (await journalApi()).searchJournal(this.client, previous ? { ...rest, next: previous } : rest, options);
  }

  invalidate(): void {
    this.client.invalidate();
  }
}

const ports = new Map<string, HttpPublicationPort>();

/** One port per base URL, over the shared client, so every element with the same `api` shares its cache. */
export function getHttpPort(baseUrl: string): HttpPublicationPort {
  const client = getClient(baseUrl);
  let port = ports.get(client.baseUrl);
  if (!port) {
    port = new HttpPublicationPort(client);
    ports.set(client.baseUrl, port);
  }
  return port;
}
