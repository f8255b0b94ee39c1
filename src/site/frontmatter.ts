// Astro reads Markdown frontmatter with YAML 1.1 rules, which turn an unquoted full date
// (issued: 2024-08-09) into a Date; the record says these are strings ("YYYY-MM-DD").
// Turn such Dates back into the string the file holds before the schema validates it.

export function undoYamlTimestamps(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(undoYamlTimestamps);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undoYamlTimestamps(v)]));
  }
  return value;
}

/**
 * The body of a Markdown file after its YAML frontmatter, byte for byte. Astro's parsed body
 * drops leading blank lines, which would shift every line of a document that starts with
 * some; line N of this body is line N of the document.
 */
export function markdownBody(text: string): string {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.startsWith('---\n')) return src;
  const end = src.indexOf('\n---\n', 3);
  if (end < 0) return src.endsWith('\n---') ? '' : src;
  return src.slice(end + '\n---\n'.length);
}
