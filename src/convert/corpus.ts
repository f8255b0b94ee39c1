// All sources of a folder converted together: any error stops everything before a file is written.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Taxonomies } from '../taxonomy/load.ts';
import { ConvertError } from './errors.ts';
import { convertSource, type Converted } from './index.ts';
import { docxToText } from './docx.ts';
import { frontmatterLine, readSource, type Sidecar } from './read.ts';
import { slugOfFile } from './slug.ts';

export const ACCEPTED = ['.txt', '.md', '.docx'] as const;
/** The frontmatter of a .docx, in a file of the same name beside it. */
export const SIDECAR = '.yaml';

const ADVICE: Record<string, string> = {
  '.pdf': 'Open it and export or copy its text to a .txt file (UTF-8), or save the original Word file as .docx, and put that in content/sources/ instead',
  '.doc': 'Open it in Word or LibreOffice and save it as .docx (Word 2007+) or as plain text (UTF-8), then put that file in content/sources/ instead',
  '.rtf': 'Open it in Word or LibreOffice and save it as .docx or as plain text (UTF-8)',
  '.odt': 'Open it in LibreOffice and save it as .docx or as plain text (UTF-8)',
};

const stem = (path: string) => join(dirname(path), basename(path, extname(path)));
const isDocx = (path: string) => extname(path).toLowerCase() === '.docx';

/** The `<name>.yaml` beside a .docx, when there is one. */
function sidecarOf(path: string, root: string): Sidecar | undefined {
  const yaml = stem(path) + SIDECAR;
  if (!isDocx(path) || !existsSync(yaml)) return undefined;
  const bytes = readFileSync(yaml);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { file: relative(root, yaml) || yaml, text };
}

/** A path an editor gives on the command line: npm runs scripts in the project's folder, a relative path is from where npm was run. */
export const editorPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

/** Convert one file of any accepted format. `root` makes the stored path relative. */
export async function convertFile(path: string, tax: Taxonomies, root = process.cwd()): Promise<Converted> {
  const file = relative(root, path) || path;
  const ext = extname(path).toLowerCase();
  if (!existsSync(path)) throw new ConvertError(file, null, `no such file (${path})`, 'Check the name and the folder; a relative path is read from the folder npm was run in');
  if (statSync(path).isDirectory()) {
    throw new ConvertError(file, null, 'this is a folder, not a document', 'Give the path of one file (.txt, .md or .docx)');
  }
  if (ext === SIDECAR) {
    throw new ConvertError(file, null, `a ${SIDECAR} file is read only as the frontmatter of the .docx of the same name`,
      `Review the .docx instead (${basename(stem(path))}.docx)`);
  }
  if (!(ACCEPTED as readonly string[]).includes(ext)) {
    throw new ConvertError(file, null, `"${ext || 'no extension'}" is not an accepted format (accepted: ${ACCEPTED.join(', ')})`,
      ADVICE[ext] ?? 'Save the document as .txt (UTF-8), .md or .docx');
  }
  const bytes = readFileSync(path);
  const text = ext === '.docx' ? await docxToText(bytes, file) : undefined;
  return convertSource(bytes, file, tax, text, sidecarOf(path, root));
}

export interface CorpusResult {
  converted: Converted[];
  errors: ConvertError[];
  /** What was skipped, for the editor to see (a folder in content/sources). */
  notes: string[];
}

/** Convert every source in `dir` (dot files skipped); slugs must be unique, documents too. */
export async function convertCorpus(dir: string, tax: Taxonomies, root = process.cwd()): Promise<CorpusResult> {
  const converted: Converted[] = [];
  const errors: ConvertError[] = [];
  const notes: string[] = [];
  const { files, folders, orphans } = listSources(dir);
  for (const f of folders) notes.push(`${relative(root, f)}/ is a folder: skipped (sources are read from ${relative(root, dir) || dir}/ itself, not from folders in it)`);
  for (const o of orphans) errors.push(orphanError(o, root));
  for (const path of files) {
    try {
      converted.push(await convertFile(path, tax, root));
    } catch (e) {
      if (e instanceof ConvertError) errors.push(e);
      else throw e;
    }
  }
  errors.push(...conflicts(converted.map((c) => entryOf(c, join(root, c.record.source.file), root))).map((c) => c.error));
  return { converted, errors, notes };
}

/** The sources of a folder: files to convert, folders to skip, and .yaml files with no .docx beside them. */
function listSources(dir: string): { files: string[]; folders: string[]; orphans: string[] } {
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const out = { files: [] as string[], folders: [] as string[], orphans: [] as string[] };
  const docx = new Set(names.filter((n) => isDocx(n)).map((n) => basename(n, extname(n))));
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.folders.push(path);
    else if (extname(name).toLowerCase() === SIDECAR) {
      if (!docx.has(basename(name, extname(name)))) out.orphans.push(path);
    } else out.files.push(path);
  }
  return out;
}

function orphanError(path: string, root: string): ConvertError {
  const name = basename(path, extname(path));
  return new ConvertError(relative(root, path), null, `a ${SIDECAR} file holds the frontmatter of the .docx of the same name, and there is no "${name}.docx"`,
    `Name it after its document ("<document name>${SIDECAR}" beside "<document name>.docx"), or put the frontmatter at the top of a .txt or .md document`);
}

// ---------------------------------------------------------------------------------------
// Two sources that claim one page, or one document twice

/** What the checks between sources need to know of one. */
export interface Entry {
  /** Path shown in messages (relative to the root). */
  file: string;
  path: string;
  id: string;
  /** sha256 of the document text, frontmatter left out: the same document whatever its metadata. */
  textHash: string;
  duplicateOf: string | undefined;
  /** The file where `slug:` goes (the document, or the .yaml beside a .docx), and its line if set. */
  slugFile: string;
  slugLine: number | null;
}

export function entryOf(c: Converted, path: string, root: string): Entry {
  const side = sidecarOf(path, root);
  return {
    file: c.record.source.file,
    path,
    id: c.record.id,
    textHash: createHash('sha256').update(c.body).digest('hex'),
    duplicateOf: c.frontmatter.duplicateOf,
    slugFile: side?.file ?? c.record.source.file,
    slugLine: c.frontmatter.slug === undefined ? null : slugLine(path, side),
  };
}

function slugLine(path: string, side: Sidecar | undefined): number | null {
  try {
    return frontmatterLine(side ? new Uint8Array() : readFileSync(path), ['slug'], undefined, side);
  } catch {
    return null;
  }
}

/**
 * Which of two sources to blame: the one whose file name is not its slug (the slug was set in
 * its frontmatter or derived from another name), then the newer file, then the later name.
 */
function blame(a: Entry, b: Entry): [Entry, Entry] {
  const owns = (e: Entry) => (basename(e.path, extname(e.path)) === e.id ? 0 : 1);
  const mtime = (e: Entry) => (existsSync(e.path) ? statSync(e.path).mtimeMs : 0);
  const order = owns(a) - owns(b) || mtime(a) - mtime(b) || (a.file < b.file ? -1 : 1);
  return order > 0 ? [a, b] : [b, a];
}

export interface Conflict {
  /** The source blamed. */
  guilty: Entry;
  error: ConvertError;
}

/** Slug collisions and documents given twice, each blamed on one source, naming the other. */
export function conflicts(entries: readonly Entry[]): Conflict[] {
  const out: Conflict[] = [];
  const taken = new Set(entries.map((e) => e.id));
  const free = (id: string) => {
    for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
  };
  const slugFix = (e: Entry, slug: string) =>
    e.slugLine ? `change line ${e.slugLine} of ${e.slugFile} to \`slug: ${slug}\`` : `add the line \`slug: ${slug}\` to ${e.slugFile === e.file ? `the frontmatter of ${e.file} (between "---" lines at the top)` : e.slugFile}`;
  for (const [i, a] of entries.entries()) {
    for (const b of entries.slice(i + 1)) {
      if (a.id === b.id) {
        const [guilty, other] = blame(a, b);
        const fix = free(guilty.id);
        taken.add(fix);
        out.push({
          guilty,
          error: new ConvertError(guilty.file, guilty.slugFile === guilty.file ? guilty.slugLine : null,
            `two sources have the slug "${guilty.id}": this one and ${other.file}`,
            `Give this one its own slug: ${slugFix(guilty, fix)}; or remove one of the two if they are the same document`),
        });
      } else if (a.textHash === b.textHash && a.duplicateOf !== b.id && b.duplicateOf !== a.id) {
        const [guilty, other] = blame(a, b);
        out.push({
          guilty,
          error: new ConvertError(guilty.file, null, `this is the same document as ${other.file} (the same text): its targets would count twice`,
            `Remove one of the two files; if both must stay, add the line \`duplicateOf: ${other.id}\` to the frontmatter of ${guilty.slugFile}`),
        });
      }
    }
  }
  return out;
}

/**
 * The conflicts of one converted source with the other sources of its folder (for `npm run
 * review`): the ones the whole conversion would blame on it.
 */
export async function conflictsInFolder(c: Converted, path: string, tax: Taxonomies, root: string): Promise<ConvertError[]> {
  const self = entryOf(c, path, root);
  const others: Entry[] = [];
  for (const p of listSources(dirname(path)).files) {
    if (p === path) continue;
    try {
      others.push(entryOf(await convertFile(p, tax, root), p, root));
    } catch {
      // A source that does not convert has its own error, shown when that file is reviewed.
    }
  }
  return conflicts([self, ...others]).filter((x) => x.guilty === self).map((x) => x.error);
}

/** The body text of a source as the converter reads it (for --text). */
export async function sourceText(path: string, file: string): Promise<string> {
  const bytes = readFileSync(path);
  return readSource(bytes, file, isDocx(path) ? await docxToText(bytes, file) : undefined).text;
}
