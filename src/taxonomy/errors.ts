// The taxonomies' one error type: a bad entry names its file and line.
export class TaxonomyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    what: string,
  ) {
    super(`${file}:${line}: ${what}. Fix the entry in ${file} and run the command again.`);
    this.name = 'TaxonomyError';
  }
}
