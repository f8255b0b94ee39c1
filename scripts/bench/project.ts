// A throw-away copy of the project to convert and build in, so the benchmark never touches the
// work tree, its generated files or its dist/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Not copied: installed packages (linked instead), history, build output and caches. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'tmp', 'bench']);
/** Caches Astro and Vite keep under node_modules: each copy gets its own, empty. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copy the project into a new temporary folder. node_modules is a folder of links to the
 * project's packages rather than one link: Astro keeps its content store in
 * node_modules/.astro, and a shared one would mix the copy's plans into the project's.
 */
export function copyProject(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

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
