// The agenda's "add to calendar" file, made when a citizen reaches for the link (pointer, focus or click), not with
// every agenda: the iCalendar code is about 1.5 kB gzip that most visitors never use.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meeting } from '../api/types.js';
import type { IcsFile } from './meeting-ics-file.js';

export interface IcsSource {
  meeting: Meeting;
  apiBaseUrl: string;
  pageUrl: string;
}

export class IcsDownload implements ReactiveController {
  /** The file of the meeting shown, once made; the link then downloads it as any link would. */
  file?: IcsFile;
  /** The code or the file could not be made; the next click tries again. */
  failed = false;
  private making?: { meetingId: string; file: Promise<IcsFile | undefined> };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** Drops the file (another meeting is shown, or the element left the page) and frees its memory. */
  forget(): void {
    if (this.file) URL.revokeObjectURL(this.file.url);
    this.file = undefined;
    this.making = undefined;
    this.failed = false;
  }

  prepare(source: IcsSource): Promise<IcsFile | undefined> {
    const { meeting } = source;
    if (this.file?.meetingId === meeting.id) return Promise.resolve(this.file);
    if (this.making?.meetingId === meeting.id) return this.making.file;
    const making = {
      meetingId: meeting.id,
      file: import('./meeting-ics-file.js').then(({ createIcsFile }) => {
        if (this.making !== making) return undefined;
        if (this.file) URL.revokeObjectURL(this.file.url);
        this.file = createIcsFile(meeting, source.apiBaseUrl, source.pageUrl);
        return this.file;
      }),
    };
    this.making = making;
    this.failed = false;
    making.file = making.file.then(
      (file) => {
        this.host.requestUpdate();
        return file;
      },
      (error: unknown) => {
        console.error('innsyn-elements: could not make the calendar file', error);
        if (this.making === making) [this.making, this.failed] = [undefined, true];
        this.host.requestUpdate();
        return undefined;
      },
    );
    return making.file;
  }

  /** A click before the file is made waits for it, then clicks the link again, now with the file behind it. */
  async click(event: MouseEvent, source: IcsSource): Promise<void> {
    if (this.file?.meetingId === source.meeting.id) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    const file = await this.prepare(source);
    if (!file || !link.isConnected) return;
    await this.host.updateComplete;
    if (link.href === file.url) link.click();
  }
}
