import { css } from 'lit';

export const journalSearchStyles = css`
  /* What the heading with the form, and an entry, measure on average at the element's width (the demo's journal),
     kept while the first page loads so the page below does not jump. */
  :host {
    container-type: inline-size;
  }
  .root {
    --_innsyn-journal-head: 16.5em;
    --_innsyn-journal-entry: 14em;
  }
  @container (max-width: 40em) {
    .root {
      --_innsyn-journal-head: 17.5em;
      --_innsyn-journal-entry: 15em;
    }
  }
  @container (max-width: 30em) {
    .root {
      --_innsyn-journal-head: 21em;
      --_innsyn-journal-entry: 21em;
    }
  }
  @container (max-width: 20em) {
    .root {
      --_innsyn-journal-head: 27em;
      --_innsyn-journal-entry: 24.5em;
    }
  }
  .reserved-head {
    /* The count line below the form is part of it. */
    height: calc(var(--_innsyn-journal-head) + 2em);
  }
  .reserved-entry {
    height: var(--_innsyn-journal-entry);
    border-block-end: 1px solid var(--_innsyn-border);
    padding-block: 0.75em;
  }
  .reserved-entry::before {
    content: '';
    display: block;
    width: 60%;
    height: 1.25em;
    border-radius: var(--_innsyn-radius);
    background: var(--_innsyn-surface-alt);
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .subheading {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .form {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_innsyn-space);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .field > span:first-child,
  .field legend {
    font-weight: 600;
  }
  .field--query {
    flex: 1 1 16em;
  }
  .field--inline {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  input[type='search'],
  input[type='text'],
  input[type='date'],
  select {
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_innsyn-border);
    border-radius: var(--_innsyn-radius);
    background: var(--_innsyn-surface);
    max-width: 100%;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .field__error {
    color: var(--_innsyn-danger);
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border: 0.15em solid var(--_innsyn-danger);
  }
  .filters summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.5em 0;
  }
  .filters__grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.75em 1em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .field--types {
    grid-row: span 2;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  button[aria-pressed='true'] {
    background: var(--_innsyn-accent);
    color: var(--_innsyn-accent-text);
    border-color: var(--_innsyn-accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: var(--_innsyn-space);
  }
  .chips ul {
    display: contents;
    list-style: none;
  }
  .chips li {
    display: contents;
  }
  .chip {
    border-radius: 999px;
    font-size: 0.875em;
  }
  .count {
    font-weight: 700;
    margin: 0 0 0.5em;
    /* A line even while empty, so the results do not move down when the count arrives. */
    min-height: 1.5em;
  }
  .entries,
  .cases {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .case__heading {
    font-weight: 700;
    margin: var(--_innsyn-space) 0 0.25em;
  }
  .case__count {
    font-weight: 400;
    font-size: 0.875em;
  }
  .case .entries {
    border-inline-start: 3px solid var(--_innsyn-border);
    padding-inline-start: 0.75em;
  }
  .entry {
    border-block-end: 1px solid var(--_innsyn-border);
    padding-block: 0.75em;
  }
  .entry__head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .entry__heading {
    flex: 1 1 20em;
    font-weight: 600;
  }
  mark {
    background: var(--_innsyn-surface-alt);
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
  }
  .entry__facts,
  .entry__detail {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 1.5em;
    margin: 0.25em 0 0 1.5em;
    font-size: 0.9375em;
  }
  .entry__facts dt,
  .entry__detail dt {
    font-size: 0.8125em;
    color: var(--_innsyn-muted);
  }
  .entry__facts dd,
  .entry__detail dd {
    margin: 0;
  }
  .entry__case {
    flex-basis: 100%;
  }
  .entry .exemption,
  .entry .documents,
  .entry__panel {
    margin: 0.5em 0 0 1.5em;
  }
  .entry .exemption {
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_innsyn-warning);
  }
  .entry__panel[hidden] {
    display: none;
  }
  .entry__published {
    margin: 0.5em 0 0 1.5em;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .show-more {
    margin-block-start: var(--_innsyn-space);
  }
  .chosen {
    border: 2px solid var(--_innsyn-accent);
    border-radius: var(--_innsyn-radius);
    padding: var(--_innsyn-space);
    margin-block-end: var(--_innsyn-space);
  }
  @media print {
    .form,
    .chips,
    .show-more,
    .basket-toggle,
    .chosen > button {
      display: none !important;
    }
    .entry__facts,
    .entry__detail,
    .entry .exemption,
    .entry .documents,
    .entry__panel {
      margin-inline-start: 0;
    }
    .entry__panel[hidden] {
      display: block !important;
    }
    .entry {
      break-inside: avoid;
    }
    mark {
      background: none;
    }
  }
`;
