// npm run review -- FILE    an editor's report on one source (.txt, .md or .docx), in Vietnamese
//                           with English in brackets; exit 0 when it converts (warnings or not),
//                           1 when it does not (the converter's message says where and what to do).
// npm run --silent review -- --text FILE.docx > FILE.txt
//                           the text the converter reads from the file instead of the report: how a
//                           .docx becomes a .txt that can take frontmatter.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { convertFile } from '../src/convert/corpus.ts';
import { docxToText } from '../src/convert/docx.ts';
import { ConvertError } from '../src/convert/errors.ts';
import { readSource } from '../src/convert/read.ts';
import { errorReport, reviewReport } from '../src/convert/review.ts';
import { SourceFrontmatter } from '../src/schema.ts';
import { loadTaxonomies, TaxonomyError } from '../src/taxonomy/load.ts';

async function main(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) {
    process.stderr.write('Cách dùng (usage): npm run review -- content/sources/<tệp>.txt   (hoặc / or: npm run --silent review -- --text <tệp>.docx > <tệp>.txt)\n');
    return 2;
  }
  const path = resolve(process.cwd(), files[0]!);
  try {
    const tax = loadTaxonomies();
    if (args.includes('--text')) {
      // Only the reading, not the conversion: the text is wanted most when the conversion fails.
      const file = relative(process.cwd(), path);
      const bytes = readFileSync(path);
      process.stdout.write(path.toLowerCase().endsWith('.docx') ? await docxToText(bytes, file) : readSource(bytes, file).text);
      return 0;
    }
    const { record, body } = await convertFile(path, tax, process.cwd());
    // The frontmatter as the source has it (a .docx has none).
    const frontmatter = path.toLowerCase().endsWith('.docx') ? {} : SourceFrontmatter.parse(readSource(readFileSync(path), record.source.file).frontmatter);
    process.stdout.write(reviewReport({ record, body, frontmatter, tax }));
    return 0;
  } catch (e) {
    if (e instanceof ConvertError) {
      process.stdout.write(errorReport(e));
      return 1;
    }
    if (e instanceof TaxonomyError) {
      process.stdout.write(`LỖI (ERROR): ${e.message}\n`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stdout.write(`LỖI (ERROR): không có tệp (no such file) ${files[0]}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
