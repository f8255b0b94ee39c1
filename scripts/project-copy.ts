// A throw-away copy of the project to convert and build in (the benchmark's corpora, the
// browser tests' editor plans), so that neither touches the work tree, its generated files or
// its dist/.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Not copied: installed packages (linked instead), history, build output, caches, tests, results. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'tmp', 'bench', 'tests']);
/** Caches Astro and Vite keep under node_modules: each copy gets its own, empty. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copy the project into a new temporary folder. node_modules is a folder of links to the
 * project's packages rather than one link: Astro keeps its content store in
 * node_modules/.astro, and a shared one would mix the copy's plans into the project's.
 */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
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
