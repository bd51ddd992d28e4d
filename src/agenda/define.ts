import { defineElement } from '../shared/define.js';
import { InnsynAgenda } from './agenda.js';

defineElement('innsyn-agenda', InnsynAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'innsyn-agenda': InnsynAgenda;
  }
}
