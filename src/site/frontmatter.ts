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

/** The YAML frontmatter of a Markdown file, without its fences; '' when it has none. */
export function markdownFrontmatter(text: string): string {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.startsWith('---\n')) return '';
  const end = src.indexOf('\n---\n', 3);
  const close = end < 0 && src.endsWith('\n---') ? src.length - '\n---'.length : end;
  return close < 0 ? '' : src.slice('---\n'.length, close + 1);
}
