// All sources of a folder converted together: any error stops everything before a file is written.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Taxonomies } from '../taxonomy/load.ts';
import { ConvertError } from './errors.ts';
import { convertSource, type Converted } from './index.ts';
import { docxToText } from './docx.ts';

export const ACCEPTED = ['.txt', '.md', '.docx'] as const;

const ADVICE: Record<string, string> = {
  '.pdf': 'Open it and export or copy its text to a .txt file (UTF-8), or save the original Word file as .docx, and put that in content/sources/ instead',
  '.doc': 'Open it in Word or LibreOffice and save it as .docx (Word 2007+) or as plain text (UTF-8), then put that file in content/sources/ instead',
  '.rtf': 'Open it in Word or LibreOffice and save it as .docx or as plain text (UTF-8)',
  '.odt': 'Open it in LibreOffice and save it as .docx or as plain text (UTF-8)',
};

/** Convert one file of any accepted format. `root` makes the stored path relative. */
export async function convertFile(path: string, tax: Taxonomies, root = process.cwd()): Promise<Converted> {
  const file = relative(root, path) || path;
  const ext = extname(path).toLowerCase();
  if (!(ACCEPTED as readonly string[]).includes(ext)) {
    throw new ConvertError(file, null, `"${ext || 'no extension'}" is not an accepted format (accepted: ${ACCEPTED.join(', ')})`,
      ADVICE[ext] ?? 'Save the document as .txt (UTF-8), .md or .docx');
  }
  const bytes = readFileSync(path);
  const text = ext === '.docx' ? await docxToText(bytes, file) : undefined;
  return convertSource(bytes, file, tax, text);
}

export interface CorpusResult {
  converted: Converted[];
  errors: ConvertError[];
}

/** Convert every source in `dir` (dot files skipped); slugs must be unique. */
export async function convertCorpus(dir: string, tax: Taxonomies, root = process.cwd()): Promise<CorpusResult> {
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const converted: Converted[] = [];
  const errors: ConvertError[] = [];
  for (const name of names) {
    try {
      converted.push(await convertFile(join(dir, name), tax, root));
    } catch (e) {
      if (e instanceof ConvertError) errors.push(e);
      else throw e;
    }
  }
  const seen = new Map<string, string>();
  for (const c of converted) {
    const first = seen.get(c.record.id);
    if (first) {
      errors.push(new ConvertError(c.record.source.file, null, `two sources have the slug "${c.record.id}" (the other is ${first})`,
        'Rename one of the files or give it another `slug:` in its frontmatter'));
    } else seen.set(c.record.id, c.record.source.file);
  }
  return { converted, errors };
}
