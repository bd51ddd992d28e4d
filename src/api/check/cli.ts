// `innsyn-elements check <base-url>`: the conformance checker from a terminal or CI. Exit code 0 when the API conforms,
// 1 when it departs from the contract, 2 when the check could not run.
import { checkApi } from './check-api.js';
import { formatReport } from './report.js';

const USAGE = `Usage: innsyn-elements check <base-url> [--verbose] [--json]

Walks a publication API that claims the innsyn-elements contract and reports, endpoint by endpoint, where it departs.
Exit code: 0 conforms, 1 departs, 2 could not run.`;

export async function runCli(args: readonly string[], out: (text: string) => void = console.log): Promise<number> {
  const [command, target, ...flags] = args;
  if (command !== 'check' || !target || target.startsWith('-')) {
    out(USAGE);
    return 2;
  }
  try {
    const report = await checkApi(target);
    out(flags.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report, flags.includes('--verbose')));
    return report.passed ? 0 : 1;
  } catch (error) {
    out(`Could not check ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
