import { css } from 'lit';

export const accessRequestStyles = css`
  .heading {
    font-weight: 700;
    font-size: 1.4em;
    margin: 0 0 0.5em;
  }
  .subheading {
    font-size: 1.1em;
    font-weight: 700;
    margin: 1em 0 0.4em;
  }
  .lead {
    margin: 0 0 1em;
  }
  .error-summary {
    border: 0.2em solid var(--innsyn-color-danger, #b3261e);
    border-radius: var(--innsyn-radius, 0.25em);
    padding: calc(var(--innsyn-space, 1em) * 0.75) var(--innsyn-space, 1em);
    margin-block-end: var(--innsyn-space, 1em);
  }
  .error-summary:focus {
    outline: 0.2em solid var(--innsyn-color-focus, Highlight);
    outline-offset: 0.1em;
  }
  .error-summary__title {
    margin-top: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--innsyn-color-danger, #b3261e);
    font-weight: 600;
  }
  .chosen__list {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
  }
  .chosen__item {
    display: flex;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--innsyn-color-border, color-mix(in srgb, currentColor 30%, transparent));
  }
  .chosen__text {
    display: flex;
    flex-direction: column;
  }
  .chosen__case,
  .hint,
  .optional,
  .draft-note {
    color: var(--innsyn-color-muted, color-mix(in srgb, currentColor 72%, transparent));
  }
  .field {
    margin-block-end: var(--innsyn-space, 1em);
  }
  .field--error {
    border-inline-start: 0.25em solid var(--innsyn-color-danger, #b3261e);
    padding-inline-start: 0.75em;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    margin: 0.15em 0 0.3em;
  }
  .field__error {
    display: block;
    margin: 0.15em 0 0.3em;
    color: var(--innsyn-color-danger, #b3261e);
    font-weight: 600;
  }
  .field__control {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 32em;
    font: inherit;
    padding: 0.4em 0.5em;
    color: var(--innsyn-color-text, FieldText);
    background: var(--innsyn-color-surface, Field);
    border: 1px solid currentColor;
    border-radius: var(--innsyn-radius, 0.25em);
  }
  .field__control[aria-invalid='true'] {
    border: 0.15em solid var(--innsyn-color-danger, #b3261e);
  }
  textarea.field__control {
    resize: vertical;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .next ul {
    padding-inline-start: 1.2em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .send {
    font-weight: 600;
    color: var(--innsyn-color-accent-contrast, Canvas);
    background: var(--innsyn-color-accent, LinkText);
    border-color: var(--innsyn-color-accent, LinkText);
  }
  .send-error {
    margin-block-end: var(--innsyn-space, 1em);
  }
  .send-error:focus {
    outline: 0.2em solid var(--innsyn-color-focus, Highlight);
  }
  .receipt__facts div {
    display: flex;
    gap: 0.5em;
  }
  .receipt__facts dt {
    font-weight: 600;
  }
  .receipt__facts dd {
    margin: 0;
  }
  .receipt__id {
    font-family: ui-monospace, monospace;
  }
  @media print {
    button {
      display: none !important;
    }
  }
`;
