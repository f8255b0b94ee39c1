// The converter's one error type: every failure a user can cause names the file, the line,
// what is wrong and what to do about it. Anything else thrown is a bug.
export class ConvertError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly what: string,
    readonly todo: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${what}. ${todo}`);
    this.name = 'ConvertError';
  }
}
