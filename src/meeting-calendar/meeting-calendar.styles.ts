import { css } from 'lit';

export const calendarStyles = css`
  /* About the month grid's height on a phone; a list of a month's meetings is longer. */
  :host {
    --_innsyn-loading-height: 44em;
  }
  :host([view='list']) {
    --_innsyn-loading-height: 60em;
  }
  :host {
    /* The layout follows the element's own width (a 380 px CMS sidebar on a wide screen), not the window's. */
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: end;
    justify-content: space-between;
    margin-block-end: var(--_innsyn-space);
  }
  .toolbar__nav,
  /* Filling its row keeps its width (and so where the view switch wraps) the same before and after the bodies load. */
  .toolbar__options {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .toolbar__options {
    /* The view buttons line up with the select beside them, not with the middle of its label and field. */
    align-items: end;
  }
  .toolbar__nav {
    flex: 1 1 auto;
    justify-content: space-between;
  }
  .nav-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .month-heading {
    font-size: 1.375em;
    font-weight: 700;
    min-width: 10ch;
  }
  .month-heading::first-letter {
    text-transform: uppercase;
  }
  .field {
    flex: 1 1 12em;
    min-width: 0;
    max-width: 24em;
    display: inline-flex;
    flex-direction: column;
    gap: 0.125em;
    font-weight: 600;
  }
  select {
    width: 100%;
    font-weight: 400;
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_innsyn-border);
    border-radius: var(--_innsyn-radius);
    background: var(--innsyn-color-surface, Field);
    color: var(--innsyn-color-text, FieldText);
  }
  .view-switch {
    display: inline-flex;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_innsyn-accent);
    color: var(--_innsyn-accent-text);
    border-color: var(--_innsyn-accent);
    font-weight: 700;
  }
  /* The loading message lies over the month grid instead of pushing it down and pulling it up again. */
  .view {
    position: relative;
  }
  .view > .status--loading {
    position: absolute;
    inset-inline: 0;
    top: 0;
    z-index: 1;
    background: var(--innsyn-color-surface, Canvas);
  }
  .subscribe {
    flex-basis: 100%;
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: var(--_innsyn-space);
    margin-block-end: calc(var(--_innsyn-space) * 1.5);
  }
  .overview__heading {
    font-size: 1.125em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .overview p {
    margin: 0;
  }
  .meeting__date {
    flex-basis: 100%;
    font-weight: 700;
  }
  .meeting__minutes {
    flex-basis: 100%;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block: 0.5em var(--_innsyn-space);
  }
  .grid th {
    font-weight: 600;
    padding: 0.25em 0.125em;
    font-size: 0.875em;
    overflow-wrap: anywhere;
    hyphens: none;
    text-align: center;
    text-transform: capitalize;
  }
  .day {
    vertical-align: top;
    height: 5.5em;
    padding: 0.25em;
    border: 1px solid var(--_innsyn-border);
    cursor: pointer;
  }
  .day--outside {
    background: var(--_innsyn-surface-alt);
    cursor: default;
  }
  .day[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_innsyn-accent);
  }
  .day--today .day__number {
    background: var(--_innsyn-accent);
    color: var(--_innsyn-accent-text);
    border-radius: 999px;
    padding-inline: 0.4em;
  }
  .day__number {
    font-weight: 600;
  }
  .day__meetings {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    font-size: 0.8125em;
    line-height: 1.3;
  }
  .chip {
    cursor: pointer;
    /* The whole body name: "Hovedutvalg f…" twice on one day told nobody which committee meets. */
    overflow-wrap: anywhere;
    hyphens: auto;
    border-inline-start: 3px solid var(--_innsyn-accent);
    padding-inline-start: 0.25em;
    margin-block-end: 0.125em;
  }
  .chip--cancelled {
    border-color: var(--_innsyn-danger);
    text-decoration: line-through;
  }
  .chip--moved {
    border-color: var(--_innsyn-warning);
    border-inline-start-style: dashed;
  }
  .chip__time {
    font-variant-numeric: tabular-nums;
  }
  .chip__link {
    display: block;
  }
  a.chip__link {
    color: var(--_innsyn-accent);
  }
  .chip__body {
    display: block;
  }
  .day-panel h3,
  .list__day h3 {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .day-panel h3::first-letter,
  .list__day h3::first-letter {
    text-transform: uppercase;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list__day {
    margin-block-end: var(--_innsyn-space);
  }
  .meetings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .meeting {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.25em 0.75em;
    border-inline-start: 0.25em solid var(--_innsyn-accent);
    background: var(--_innsyn-surface-alt);
  }
  .meeting__link {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    /* Centred in its 2.75em touch target, so the card has no empty band under the text. */
    align-items: center;
    font-weight: 600;
    min-height: 2.75em;
    text-align: start;
  }
  button.meeting__link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_innsyn-accent);
    text-decoration: underline;
  }
  .meeting__time {
    font-variant-numeric: tabular-nums;
  }
  .meeting__status {
    font-weight: 700;
    text-decoration: none;
  }
  .meeting__place {
    color: var(--_innsyn-muted);
  }
  .meeting--cancelled {
    border-color: var(--_innsyn-danger);
  }
  .meeting--cancelled .meeting__time,
  .meeting--cancelled .meeting__body {
    text-decoration: line-through;
  }
  .meeting--cancelled .meeting__status {
    color: var(--_innsyn-danger);
  }
  .meeting--moved {
    border-inline-start-style: dashed;
    border-color: var(--_innsyn-warning);
  }
  .meeting--current {
    outline: 3px solid var(--_innsyn-accent);
    outline-offset: -3px;
  }
  .meeting--moved .meeting__status {
    color: var(--_innsyn-warning);
  }
  .status {
    margin-block-end: var(--_innsyn-space);
  }
  @container (max-width: 40em) {
    .day {
      height: 3em;
    }
    .day__meetings {
      display: none;
    }
    .day--has-meetings .day__number {
      text-decoration: underline 3px var(--_innsyn-accent);
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds vanish in forced colours: today keeps a ring, the chosen view its system highlight. */
    .day--today .day__number {
      outline: 2px solid CanvasText;
      outline-offset: 1px;
    }
    .view-switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .day[aria-selected='true'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
  @media print {
    /* On paper the calendar is the month at a glance: no controls, no day panel, one page, so an agenda printed from
       the same page follows at once. */
    .overview,
    .nav-buttons,
    .toolbar__options,
    .subscribe,
    .day-panel {
      display: none;
    }
    .grid {
      break-inside: avoid;
      font-size: 0.75em;
    }
    .day {
      height: auto;
      min-height: 2.5em;
    }
    .day[aria-selected='true'] {
      box-shadow: none;
    }
    a.chip__link {
      color: inherit;
      text-decoration: none;
    }
  }
`;
