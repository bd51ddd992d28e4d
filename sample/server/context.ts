// What every route handler gets.
import type { SampleDataset } from '../dataset.js';
import type { DatasetIndex } from './dataset-index.js';
import type { MailContext } from './mail/access-request-mails.js';
import type { AccessRequestStore, JournalStore } from './store.js';

export interface RouteContext {
  request: Request;
  url: URL;
  /** The path below the API's base path, e.g. `/meetings/m-1`. */
  path: string;
  /** Decoded `{id}` of routes that have one. */
  id: string;
  /** Service, bodies, meetings and files; the journal is read through `journal`. */
  dataset: SampleDataset;
  index: DatasetIndex;
  journal: JournalStore;
  store: AccessRequestStore;
  mail: MailContext;
  now: () => Date;
  maxUnconfirmedPerEmail: number;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;
