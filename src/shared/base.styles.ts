// Tokens and resets shared by every element. Public tokens are --innsyn-*; private ones --_innsyn-*.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    --_innsyn-font: var(--innsyn-font-family, inherit);
    --_innsyn-text: var(--innsyn-color-text, inherit);
    --_innsyn-muted: var(--innsyn-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_innsyn-surface: var(--innsyn-color-surface, transparent);
    --_innsyn-surface-alt: var(--innsyn-color-surface-alt, color-mix(in srgb, currentColor 6%, transparent));
    --_innsyn-border: var(--innsyn-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_innsyn-accent: var(--innsyn-color-accent, LinkText);
    --_innsyn-accent-text: var(--innsyn-color-accent-contrast, Canvas);
    /* Two rings, dark outside and light inside: one of them reaches 3:1 on any background (WCAG technique C40). */
    --_innsyn-focus: var(--innsyn-color-focus, #0b0c0c);
    --_innsyn-focus-inner: var(--innsyn-color-focus-contrast, #ffffff);
    --_innsyn-danger: var(--innsyn-color-danger, #b3261e);
    --_innsyn-warning: var(--innsyn-color-warning, #8a4b00);
    --_innsyn-radius: var(--innsyn-radius, 0.25em);
    --_innsyn-space: var(--innsyn-space, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: block;
    box-sizing: border-box;
    font-family: var(--_innsyn-font);
    color: var(--_innsyn-text);
    background: var(--_innsyn-surface);
    line-height: 1.5;
    text-align: start;
    /* Reflow at 320 CSS px (WCAG 1.4.10): long compound words ("Trafikksikkerhetsplan", German twice as long) and
       item numbers break instead of pushing the page sideways. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_innsyn-border);
    border-radius: var(--_innsyn-radius);
    background: var(--_innsyn-surface-alt);
    padding: 0.375em 0.75em;
    min-height: 2.75em;
    min-width: 2.75em;
  }
  a {
    color: var(--_innsyn-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_innsyn-focus-inner);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_innsyn-focus);
  }
  @media (forced-colors: active) {
    /* Box shadows are dropped in forced colours; the outline alone, in the system's colour, marks focus. */
    :focus-visible {
      outline-color: Highlight;
      outline-offset: 2px;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Space kept while the first data loads, so the page below does not jump when it arrives. */
  .root--loading {
    min-height: var(--innsyn-loading-height, var(--_innsyn-loading-height, 0));
  }
  .status {
    padding: var(--_innsyn-space);
    border: 1px solid var(--_innsyn-border);
    border-radius: var(--_innsyn-radius);
  }
  .status--error {
    border-color: var(--_innsyn-danger);
    border-inline-start-width: 0.375em;
  }
  .status__title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .status p {
    margin: 0 0 0.5em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: innsyn-spin 1s linear infinite;
    }
  }
  @keyframes innsyn-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/**
 * Parts of a toggle button. Pressed ones get `button-pressed` too, so a site that restyles `::part(button)` can
 * restyle the pressed state as well (its rules on the part otherwise override ours).
 */
export const pressedPart = (pressed: boolean) => (pressed ? 'button button-pressed' : 'button');
