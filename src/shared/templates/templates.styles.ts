// Styles of the shared templates (document link, basket toggle, exemption notice), for every element that uses them.
import { css } from 'lit';

export const templateStyles = css`
  .documents {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: grid;
    gap: 0.375em;
  }
  .document__type {
    font-weight: 600;
  }
  .document__meta {
    white-space: nowrap;
  }
  .exemption p {
    margin: 0 0 0.25em;
  }
  .screened {
    white-space: nowrap;
  }
  .basket-toggle {
    font-size: 0.875em;
  }
  .basket-toggle[aria-pressed='true'] {
    background: var(--_innsyn-accent);
    color: var(--_innsyn-accent-text);
    border-color: var(--_innsyn-accent);
  }
  .basket-toggle[aria-pressed='true'] .basket-toggle__check::before {
    content: '✓ ';
  }
  .published {
    margin: 0.25em 0 0;
  }
  .published__label,
  .published__more {
    color: var(--innsyn-color-muted, color-mix(in srgb, currentColor 72%, transparent));
  }
`;
