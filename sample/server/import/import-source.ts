// Where a municipality's own publication comes from. The JSON reader is the first source; a Noark 5 archive extract
// (arkivuttrekk) reader can be added as another ImportSource that maps its records onto the same contract types.
import type { PublicationRecords } from '../db/load.js';

export interface RejectedRecord {
  /** `journal`, `meetings`, `bodies` or `service`. */
  collection: string;
  /** Position in the source, from 0. */
  index: number;
  id?: string;
  problems: string[];
}

export interface ImportResult {
  records: PublicationRecords;
  rejected: RejectedRecord[];
}

export interface ImportSource {
  /** What the `--format` option calls it. */
  format: string;
  read(path: string): Promise<ImportResult>;
}
