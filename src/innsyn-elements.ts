// The script-tag entry: registers every element.
import './meeting-calendar/define.js';
import './agenda/define.js';
import './access-request/define.js';
import './journal-search/define.js';

export * from './index.js';
