import { defineElement } from '../shared/define.js';
import { InnsynAccessRequest } from './access-request.js';

defineElement('innsyn-access-request', InnsynAccessRequest);

declare global {
  interface HTMLElementTagNameMap {
    'innsyn-access-request': InnsynAccessRequest;
  }
}
