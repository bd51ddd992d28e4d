// Runs `npm run api` (sample/server/main.ts) as a child process, as an operator would, for tests that kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | string>;
}

export function startApiProcess(env: Record<string, string | undefined>, args: string[] = []): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sample/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', INNSYN_JOURNAL_SIZE: '300', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /publication API at (\S+)/i.exec(output);
      if (match) resolve({ url: match[1] as string, child, output: () => output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`the API exited (${code}) before it was ready:\n${output}`)));
  });
}

/** The exit code and everything printed, for a run that is expected to end by itself. */
export function runApiProcess(env: Record<string, string | undefined>, args: string[] = []): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sample/server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
