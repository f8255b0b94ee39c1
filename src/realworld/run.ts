// Convert every labelled file of a corpus folder in memory and score it: nothing is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { ConvertError } from '../convert/errors.ts';
import { docxToText } from '../convert/docx.ts';
import { convertSource } from '../convert/index.ts';
import type { Taxonomies } from '../taxonomy/load.ts';
import { LabelError, parseLabels } from './labels.ts';
import { asciiSlug, refusedScore, scoreRecord, type FileScore } from './score.ts';

export const LABELS = 'expected.json';
// .md files in a corpus folder are its documentation (README.md, INDICATORS.md), not documents.
const DOCUMENTS = ['.txt', '.docx'];

/**
 * The name the converter is given: portal files are named "NN_place-…", which is no slug, and
 * the converter takes a record's id from the file name. Scoring reads, it does not rename.
 */
export function slugName(name: string): string {
  const ext = extname(name);
  return `${asciiSlug(basename(name, ext))}${ext}`;
}

/** A path as messages show it: relative to the project inside it, absolute outside. */
function shownPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Score every document of `dir` against `dir/expected.json`; `root` makes paths relative. */
export async function scoreFolder(dir: string, tax: Taxonomies, root = process.cwd()): Promise<FileScore[]> {
  const labelsPath = join(dir, LABELS);
  const shown = shownPath(labelsPath, root);
  if (!existsSync(labelsPath)) {
    throw new LabelError(shown, 'does not exist', 'Give a folder that holds labelled documents and their expected.json');
  }
  const labels = parseLabels(readFileSync(labelsPath, 'utf8'), shown);
  const files = readdirSync(dir).filter((n) => DOCUMENTS.includes(extname(n).toLowerCase())).sort();
  const unlabelled = files.filter((f) => !labels.has(f));
  if (unlabelled.length) {
    throw new LabelError(shown, `has no label for ${unlabelled.join(', ')}`, 'Label every document of the folder, or move the unlabelled ones out');
  }
  const orphans = [...labels.keys()].filter((f) => !files.includes(f));
  if (orphans.length) {
    throw new LabelError(shown, `labels ${orphans.join(', ')}, which the folder does not hold`, 'Add the document or remove its label');
  }

  const scores: FileScore[] = [];
  for (const name of files) {
    const label = labels.get(name)!;
    const path = join(dir, name);
    const given = join(shownPath(dir, root), slugName(name));
    try {
      const bytes = readFileSync(path);
      const text = extname(name).toLowerCase() === '.docx' ? await docxToText(bytes, given) : undefined;
      scores.push(scoreRecord(name, label, convertSource(bytes, given, tax, text).record));
    } catch (e) {
      // A refusal is a result to report; so is a crash, which must not hide the other files.
      const message = e instanceof ConvertError ? e.message : `converter crashed: ${e instanceof Error ? e.message : String(e)}`;
      scores.push(refusedScore(name, label, message));
    }
  }
  return scores;
}
