// Copies of the project to build in, and commands run in them.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  /** Peak resident memory of the command and every process it started, summed at each sample (bytes). */
  peakBytes: number;
  /** At that peak: resident memory by program (node, pagefind, …). */
  peakBy: Record<string, number>;
}

const PAGE = 4096;

/** Resident memory of a process and all its descendants, by program name (Linux /proc; empty elsewhere). */
export function treeMemory(root: number): Record<string, number> {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return {};
  }
  const children = new Map<number, number[]>();
  const info = new Map<number, { comm: string; rss: number }>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const ppid = Number(fields[1]);
      const rss = Number(fields[21]) * PAGE;
      const pid = Number(e);
      info.set(pid, { comm, rss });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended between the listing and the read
    }
  }
  const out: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const p = info.get(pid);
    if (p) out[p.comm] = (out[p.comm] ?? 0) + p.rss;
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);

/**
 * Run a command of the copy's node_modules/.bin with the Node that runs the benchmark first on
 * PATH (the project's Node 24, not the machine's).
 */
export function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const PATH = [dirname(process.execPath), join(cwd, 'node_modules/.bin'), process.env.PATH].join(':');
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakBy: Record<string, number> = {};
    const sample = () => {
      if (child.pid === undefined) return;
      const m = treeMemory(child.pid);
      if (total(m) > total(peakBy)) peakBy = m;
    };
    const sampler = setInterval(sample, 250);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolvePromise({
        peakBytes: total(peakBy),
        peakBy,
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
