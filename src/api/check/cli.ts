// `innsyn-elements check <base-url>`: the conformance checker from a terminal or CI. Exit code 0 when the API conforms,
// 1 when it departs from the contract, 2 when the check could not run.
import { checkApi } from './check-api.js';
import { checkOparl } from './check-oparl.js';
import { formatReport } from './report.js';

const USAGE = `Usage: innsyn-elements check <base-url> [--verbose] [--json] [--write [--email <address>]]
       innsyn-elements check <oparl-system-url> --kind oparl [--publisher <body-id>] [--verbose] [--json]

Walks a publication API that claims the innsyn-elements contract and reports, endpoint by endpoint, where it departs.
By default it sends only an invalid access request, which files nothing. --write also sends one valid access request
(from --email, default innsyn-check@example.com) and replays it: use it on a test server, since it files a real request.
With --kind oparl it checks an OParl endpoint instead: that a page on another origin can read the System, its lists,
a meeting and its errors (CORS, no http:// or other-origin links), as the elements' OParl adapter reads them.
Exit code: 0 conforms, 1 departs, 2 could not run.`;

/** The value after `--name`; undefined when absent, '' when the flag has no value. */
function flagValue(flags: readonly string[], name: string): string | undefined {
  const at = flags.indexOf(name);
  if (at < 0) return undefined;
  const value = flags[at + 1];
  return value && !value.startsWith('--') ? value : '';
}

export async function runCli(args: readonly string[], out: (text: string) => void = console.log): Promise<number> {
  const [command, target, ...flags] = args;
  if (command !== 'check' || !target || target.startsWith('-')) {
    out(USAGE);
    return 2;
  }
  try {
    const email = flagValue(flags, '--email');
    const kind = flagValue(flags, '--kind') ?? 'publication';
    if ((email !== undefined && !email.includes('@')) || !['publication', 'oparl'].includes(kind)) {
      out(USAGE);
      return 2;
    }
    const report =
      kind === 'oparl'
        ? await checkOparl(target, { publisher: flagValue(flags, '--publisher') || undefined })
        : await checkApi(target, { write: flags.includes('--write'), email });
    out(flags.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report, flags.includes('--verbose')));
    return report.passed ? 0 : 1;
  } catch (error) {
    out(`Could not check ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
