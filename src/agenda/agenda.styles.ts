import { css } from 'lit';

export const agendaStyles = css`
  /* Agendas are long: keeping a screenful spares the page below a jump when the meeting arrives. */
  :host {
    --_innsyn-loading-height: 60em;
    --_innsyn-disclosure-padding: 0.375em;
    --_innsyn-disclosure-indent: 1.75em;
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .heading__body,
  .heading__date {
    display: block;
  }
  .heading__date {
    font-size: 0.75em;
    font-weight: 600;
  }
  .heading__date::first-letter {
    text-transform: uppercase;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_innsyn-focus);
  }
  .subheading {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0;
  }
  .notice {
    margin: 0 0 var(--_innsyn-space);
    padding: 0.75em 1em;
    border: 2px solid var(--_innsyn-warning);
    border-inline-start-width: 0.5em;
    border-radius: var(--_innsyn-radius);
    font-size: 1.125em;
  }
  .notice--cancelled {
    border-color: var(--_innsyn-danger);
  }
  .notice__detail {
    display: block;
    font-size: 0.875em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0 0 var(--_innsyn-space);
  }
  .facts dt {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts dd::first-letter {
    text-transform: uppercase;
  }
  .facts__time {
    font-variant-numeric: tabular-nums;
  }
  .meeting--cancelled .facts__time {
    text-decoration: line-through;
  }
  .meeting-documents {
    margin-block-end: var(--_innsyn-space);
  }
  .document__published {
    display: block;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .calendar-links {
    list-style: none;
    margin: 0 0 var(--_innsyn-space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }
  .hint {
    display: block;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .ics-failed {
    margin: 0.25em 0 0;
    color: var(--_innsyn-danger);
    font-weight: 600;
  }
  .agenda {
    border-block-start: 1px solid var(--_innsyn-border);
    padding-block-start: var(--_innsyn-space);
  }
  .agenda__head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-block-end: 0.5em;
  }
  .agenda__count {
    font-weight: 400;
    font-size: 0.8em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    border-block-end: 1px solid var(--_innsyn-border);
    padding-block: 0.5em;
  }
  .item__head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .item__heading {
    flex: 1 1 20em;
    font-size: 1em;
    font-weight: 600;
    margin: 0;
  }
  .item__number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    margin-inline-end: 0.5em;
  }
  .item__label {
    display: block;
    padding: 0.375em 0 0.375em 1.75em;
  }
  .disclosure:hover .item__title {
    text-decoration: underline;
  }
  .item__case {
    margin: 0 0 0.25em 1.75em;
    font-size: 0.875em;
    color: var(--_innsyn-muted);
  }
  .item__panel {
    margin: 0.5em 0 0.5em 1.75em;
  }
  .item__panel[hidden] {
    display: none;
  }
  .panel__label {
    font-weight: 700;
    margin: 0.75em 0 0.25em;
  }
  .no-documents {
    font-style: italic;
  }
  .decision__text--plain {
    white-space: pre-line;
  }
  .decision__text > :first-child {
    margin-top: 0;
  }
  .closed {
    margin: 0 0 0.5em 1.75em;
  }
  @media print {
    button:not(.disclosure),
    .calendar-links {
      display: none !important;
    }
    .item__label,
    .item__case,
    .item__panel,
    .closed {
      padding-inline-start: 0;
      margin-inline-start: 0;
    }
    .item__panel[hidden] {
      display: block !important;
    }
    .item__head {
      break-after: avoid;
    }
  }
  .neighbours ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
  }
  .neighbours__prev a::before,
  .neighbours__prev .link-button::before {
    content: '← ' / '';
  }
  .neighbours__next a::after,
  .neighbours__next .link-button::after {
    content: ' →' / '';
  }
  .link-button {
    font: inherit;
    color: var(--innsyn-color-accent, LinkText);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  @media print {
    .neighbours {
      display: none;
    }
  }
`;
