// Copies of the project (scripts/project-copy.ts) to build with sources the repository does
// not ship, and npm scripts run in them as an editor would.
import { spawn } from 'node:child_process';
import { copyProject as copy, removeProject } from '../../../scripts/project-copy.ts';

export { removeProject };

export const copyProject = (prefix = 'site-copy-'): string => copy(prefix);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The environment for a build run from a test: without the test runner's own variables
 * (NODE_ENV=test, VITEST…), which would change how Astro builds, and without colours. */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** `npm run <script>` in `dir`, as an editor would run it. */
export function npmRun(dir: string, script: string, timeoutMs = 180_000): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], {
      cwd: dir,
      env: { ...buildEnv(), npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: Date.now() - started });
    });
  });
}
