// Copies of the project to build in, and commands run in them.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { copyProject as copy, removeProject, ROOT } from '../project-copy.ts';

export { removeProject, ROOT };

/** A fresh copy of the project for one benchmark build. */
export const copyProject = (label: string): string => copy(`bench-${label}-`);

export interface RunResult {
  seconds: number;
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Run a command of the copy's node_modules/.bin with the Node that runs the benchmark first on
 * PATH (the project's Node 24, not the machine's).
 */
export function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const PATH = [dirname(process.execPath), join(cwd, 'node_modules/.bin'), process.env.PATH].join(':');
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      resolvePromise({
        seconds: Number(process.hrtime.bigint() - t0) / 1e9,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? 1,
      });
    });
  });
}

/** Run and fail loudly, with the command's own output, when it exits non-zero. */
export async function runOk(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const r = await run(cwd, command, args, env);
  if (r.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${r.code}):\n${r.stderr.slice(-4000) || r.stdout.slice(-4000)}`);
  }
  return r;
}
