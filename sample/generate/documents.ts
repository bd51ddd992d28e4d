// Hands out stable document ids and keeps a lazily built PDF for each, served at `${baseUrl}/files/${id}`.
import type { SampleFile } from '../dataset.js';
import type { Document, DocumentType } from '../../src/api/types.js';
import nbMessages from '../../src/shared/messages/nb.js';
import { buildPdf } from './pdf.js';
import { MUNICIPALITY_NAME } from './vocabulary.js';

const PDF = 'application/pdf';

const TYPE_LABELS = nbMessages.documentType;

export interface NewDocument {
  title: string;
  type: DocumentType;
  publishedAt: string;
  size: number;
  /** Where the document belongs, printed on the page (e.g. the agenda item or journal entry). */
  context: string;
}

export class DocumentRegistry {
  readonly files = new Map<string, SampleFile>();
  private count = 0;

  constructor(private readonly baseUrl: string) {}

  create(doc: NewDocument): Document {
    this.count++;
    const id = `doc-${String(this.count).padStart(6, '0')}`;
    const lines = [
      MUNICIPALITY_NAME,
      `${TYPE_LABELS[doc.type]} - ${doc.context}`,
      `Dokument-ID: ${id}`,
      'Eksempeldokument med generert innhold. Eksempel kommune er en oppdiktet kommune.',
    ];
    const pdf = { title: doc.title, lines, size: doc.size };
    this.files.set(id, { mediaType: PDF, pdf, bytes: () => buildPdf(pdf) });
    return {
      id,
      title: doc.title,
      type: doc.type,
      mediaType: PDF,
      size: doc.size,
      url: `${this.baseUrl}/files/${id}`,
      publishedAt: doc.publishedAt,
    };
  }
}
