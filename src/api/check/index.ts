// The conformance checker as a library: `import { checkApi, formatReport } from 'innsyn-elements/check'` (Node 20+).
export { checkApi, CHECK_ORIGIN, type CheckOptions } from './check-api.js';
export { checkOparl, type OparlCheckOptions } from './check-oparl.js';
export { formatReport, type CheckReport, type EndpointReport, type Finding, type Severity } from './report.js';
export { runCli } from './cli.js';
