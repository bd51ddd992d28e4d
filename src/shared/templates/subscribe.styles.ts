// The calendar subscription (src/shared/templates/subscribe.ts), as the calendar and the agenda show it.
import { css } from 'lit';

export const subscribeStyles = css`
  .subscribe {
    margin: 0;
  }
  .subscribe__hint {
    display: block;
    color: var(--_innsyn-muted);
    font-size: 0.875em;
  }
  .subscribe__copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.25em;
  }
  .subscribe__address {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .subscribe__address input {
    font: inherit;
    padding: 0.25em 0.5em;
    max-width: 100%;
  }
  .subscribe__help summary {
    cursor: pointer;
    color: var(--_innsyn-accent);
  }
  .subscribe__help ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
`;
