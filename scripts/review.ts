// npm run review -- FILE    an editor's report on one source (.txt, .md or .docx, with the .yaml
//                           beside a .docx), in Vietnamese with English in brackets; exit 0 when it
//                           converts (warnings or not), 1 when it does not (the converter's message
//                           says where and what to do), as it would in the whole conversion: a
//                           slug or a document that another source in its folder already has fails.
// npm run --silent review -- --text FILE.docx > FILE.txt
//                           the text the converter reads from the file instead of the report: how a
//                           .docx becomes a .txt.
import '../src/convert/tuning.ts';
import { relative } from 'node:path';
import { conflictsInFolder, convertFile, editorPath, sourceText } from '../src/convert/corpus.ts';
import { ConvertError } from '../src/convert/errors.ts';
import { errorReport, printable, reviewReport } from '../src/convert/review.ts';
import { loadTaxonomies, TaxonomyError } from '../src/taxonomy/load.ts';

async function main(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) {
    process.stderr.write('Cách dùng (usage): npm run review -- content/sources/<tệp>.txt   (hoặc / or: npm run --silent review -- --text <tệp>.docx > <tệp>.txt)\n');
    return 2;
  }
  const path = editorPath(files[0]!);
  const out = (s: string) => process.stdout.write(printable(s));
  try {
    const tax = loadTaxonomies();
    if (args.includes('--text')) {
      // Only the reading, not the conversion: the text is wanted most when the conversion fails.
      out(await sourceText(path, relative(process.cwd(), path)));
      return 0;
    }
    const converted = await convertFile(path, tax, process.cwd());
    const conflict = (await conflictsInFolder(converted, path, tax, process.cwd()))[0];
    if (conflict) throw conflict;
    out(reviewReport({ ...converted, tax }));
    return 0;
  } catch (e) {
    if (e instanceof ConvertError) {
      out(errorReport(e));
      return 1;
    }
    if (e instanceof TaxonomyError) {
      out(`LỖI (ERROR): ${e.message}\n`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      out(`LỖI (ERROR): không có tệp (no such file) ${files[0]}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
