// Every match of a global pattern, in order, as String.prototype.matchAll finds them. matchAll
// copies its pattern for each text it searches (a new RegExp from the same source); for the
// converter's long patterns, asked of line after line, the copy cost more than the search.

/** The matches of `re` (global) in `text`, from its start. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern, not /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point in a Unicode pattern).
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && isPair(text, m.index) ? 2 : 1);
  }
  return out;
}

const isPair = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
};

/**
 * `text` up to the first match of `re` (all of it when none): `text.split(re, 1)[0]` for a
 * pattern that never matches empty, without the copy of the pattern split makes.
 */
export function beforeFirst(re: RegExp, text: string): string {
  if (re.global || re.sticky) throw new TypeError(`beforeFirst needs a pattern that searches from the start, not /${re.source}/${re.flags}`);
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}
