// What the checker found, endpoint by endpoint, in words a supplier can act on.
export type Severity = 'error' | 'warning' | 'pass';

export interface Finding {
  severity: Severity;
  message: string;
}

export interface EndpointReport {
  /** e.g. "GET /meetings?from=…" */
  endpoint: string;
  findings: Finding[];
}

export interface CheckReport {
  baseUrl: string;
  /** What was checked against: our contract (default), or what the OParl adapter needs. */
  kind?: 'publication' | 'oparl';
  endpoints: EndpointReport[];
  errors: number;
  warnings: number;
  /** No errors (warnings allowed). */
  passed: boolean;
}

export class EndpointLog {
  readonly findings: Finding[] = [];
  constructor(readonly endpoint: string) {}
  error(message: string): void {
    this.findings.push({ severity: 'error', message });
  }
  warn(message: string): void {
    this.findings.push({ severity: 'warning', message });
  }
  pass(message: string): void {
    this.findings.push({ severity: 'pass', message });
  }
  get failed(): boolean {
    return this.findings.some((finding) => finding.severity === 'error');
  }
}

export function summarise(baseUrl: string, logs: readonly EndpointLog[], kind: CheckReport['kind'] = 'publication'): CheckReport {
  const endpoints = logs.map((log) => ({ endpoint: log.endpoint, findings: log.findings }));
  const count = (severity: Severity) => endpoints.reduce((n, e) => n + e.findings.filter((f) => f.severity === severity).length, 0);
  const errors = count('error');
  return { baseUrl, kind, endpoints, errors, warnings: count('warning'), passed: errors === 0 };
}

const MARK: Record<Severity, string> = { error: '✗', warning: '!', pass: '✓' };

/** Plain text for a terminal or a CI log; `verbose` also lists what passed. */
export function formatReport(report: CheckReport, verbose = false): string {
  const against =
    report.kind === 'oparl'
      ? 'what the OParl adapter of innsyn-elements needs (OParl 1.0/1.1, readable from a page on another origin)'
      : 'the innsyn-elements publication API contract (spec/publication-api.yaml)';
  const lines = [`Checking ${report.baseUrl} against ${against}`, ''];
  for (const endpoint of report.endpoints) {
    const shown = endpoint.findings.filter((f) => verbose || f.severity !== 'pass');
    const failed = endpoint.findings.some((f) => f.severity === 'error');
    const warned = endpoint.findings.some((f) => f.severity === 'warning');
    lines.push(`${failed ? MARK.error : warned ? MARK.warning : MARK.pass} ${endpoint.endpoint}`);
    for (const finding of shown) lines.push(`    ${MARK[finding.severity]} ${finding.message}`);
  }
  lines.push('', report.passed ? `Conforms: no departures found (${report.warnings} warning${report.warnings === 1 ? '' : 's'}).` : `${report.errors} departure${report.errors === 1 ? '' : 's'} from ${report.kind === 'oparl' ? 'what the elements need' : 'the contract'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}.`);
  return lines.join('\n');
}
