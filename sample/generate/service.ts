import type { ServiceDocument } from '../../src/api/types.js';
import { MUNICIPALITY_NAME } from './vocabulary.js';

export function serviceDocument(): ServiceDocument {
  return {
    apiVersion: '1.0',
    publisher: { id: 'eksempel-kommune', name: MUNICIPALITY_NAME, organizationNumber: null },
    languages: ['nb', 'nn', 'en', 'se'],
    capabilities: { meetings: true, journal: true, accessRequests: true, calendarFeed: true, fullTextSearch: true },
  };
}
