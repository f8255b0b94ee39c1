// A page slug from any file name an editor gives: "KH 54_KH-UBND Lạng Sơn.docx" → "kh-54-kh-ubnd-lang-son".
import { basename, extname } from 'node:path';
import { ascii } from '../taxonomy/gazetteer.ts';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lower-case ASCII: đ → d, tone and other marks removed, anything else a hyphen, runs collapsed, ends trimmed. */
export function slugify(name: string): string {
  return ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The slug a file gets when its frontmatter sets none. */
export const slugOfFile = (file: string): string => slugify(basename(file, extname(file)));
