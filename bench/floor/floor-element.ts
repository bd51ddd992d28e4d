// The least an element on our path can be: Lit, the month's meetings from the loader's request, each with its date
// formatted in Oslo time. No states, languages, checks or styles to speak of: npm run bench measures it as the floor
// the real elements are compared with, not as something to ship.
import { LitElement, css, html } from 'lit';

interface Meeting {
  start: string;
  body: { name: string };
}

class FloorElement extends LitElement {
  static override properties = { meetings: { state: true } };
  static override styles = css`
    :host { display: block; min-height: 44em; }
  `;

  meetings?: Meeting[];

  override connectedCallback(): void {
    super.connectedCallback();
    void (window as unknown as { floorMeetings: Promise<{ items: Meeting[] }> }).floorMeetings.then((page) => {
      this.meetings = page.items;
    });
  }

  override render() {
    if (!this.meetings) return html`<p>Laster …</p>`;
    const format = new Intl.DateTimeFormat('nb', { timeZone: 'Europe/Oslo', dateStyle: 'full', timeStyle: 'short' });
    return html`<ul>
      ${this.meetings.map((meeting) => html`<li part="meeting">${format.format(new Date(meeting.start))} ${meeting.body.name}</li>`)}
    </ul>`;
  }
}

customElements.define('innsyn-floor', FloorElement);
