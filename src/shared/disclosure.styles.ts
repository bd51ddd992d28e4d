// The button that opens a panel (an agenda item, a journal entry), on screen and on paper: printed, the icon goes,
// the button reads as a heading and links print their address. Each element prints its own panels open.
import { css } from 'lit';

export const disclosureStyles = css`
  .disclosure {
    display: flex;
    align-items: baseline;
    width: 100%;
    text-align: start;
    border: 0;
    background: none;
    padding: var(--_innsyn-disclosure-padding, 0.25em) 0;
    font-weight: 600;
    color: var(--_innsyn-accent);
  }
  .disclosure__icon {
    flex: none;
    width: var(--_innsyn-disclosure-indent, 1.5em);
  }
  .disclosure__icon::before {
    content: '▸';
  }
  .disclosure[aria-expanded='true'] .disclosure__icon::before {
    content: '▾';
  }
  @media print {
    .disclosure {
      color: inherit;
      padding: 0;
      min-height: 0;
    }
    .disclosure__icon {
      display: none;
    }
    a {
      color: inherit;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      word-break: break-all;
    }
  }
`;
