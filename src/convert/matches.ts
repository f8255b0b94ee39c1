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

/**
 * `re` itself, once each lookahead of first letters in it ("(?=[đnt])", which lets a search pass
 * over most places before a slow look back) is found to let through every letter that what
 * follows it may start with. A word added later with another first letter would otherwise never
 * match, and nothing would say so: this throws at load instead, naming the pattern.
 */
export function firstLettersChecked(re: RegExp): RegExp {
  const src = re.source;
  const fold = (c: string) => (re.ignoreCase ? c.toLowerCase() : c);
  for (let at = src.indexOf('(?='); at >= 0; at = src.indexOf('(?=', at + 1)) {
    // Only a lookahead of one letter or one class of letters: "(?=[^\p{L}]|$)" says where a word ends.
    const one = /^\(\?=(?:\[([^\]\\^][^\]\\]*)\]|([^\\()[|]))\)/u.exec(src.slice(at));
    if (!one) continue;
    const allowed = new Set([...(one[1] ?? one[2]!)].map(fold));
    const { firsts } = sequence(src, at + one[0].length);
    const missing = [...firsts].filter((c) => !allowed.has(fold(c)));
    if (!firsts.size || missing.length) {
      const shown = missing.map((c) => (c === UNKNOWN ? 'character an escape or a range stands for' : c));
      throw new Error(`/${src}/: the lookahead at ${at} lets no ${shown.join(' ') || 'first letter'} through, which what follows it may start with`);
    }
  }
  return re;
}

/** A first character that cannot be told from the source (an escape such as \s, a range): never let through. */
const UNKNOWN = '\u0000unknown';

interface Starts {
  firsts: Set<string>;
  nullable: boolean;
  end: number;
}

/** The alternatives from `pos` up to the ")" that closes them (or the end): their first characters. */
function alternation(src: string, pos: number): Starts {
  const firsts = new Set<string>();
  let nullable = false;
  for (;;) {
    const seq = sequence(src, pos);
    seq.firsts.forEach((c) => firsts.add(c));
    nullable ||= seq.nullable;
    if (src[seq.end] !== '|') return { firsts, nullable, end: seq.end };
    pos = seq.end + 1;
  }
}

/** The terms from `pos` up to a "|" or ")" of their own level: the characters the first that must match may start with. */
function sequence(src: string, pos: number): Starts {
  const firsts = new Set<string>();
  let open = true;
  while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
    let term: Set<string>;
    let empty = false;
    if (/^\(\?(?:<?[=!])/.test(src.slice(pos, pos + 4))) {
      // A lookaround matches no character.
      pos = alternation(src, pos + (src[pos + 2] === '<' ? 4 : 3)).end + 1;
      continue;
    } else if (src[pos] === '(') {
      const inner = src.startsWith('(?:', pos) ? pos + 3 : src.startsWith('(?<', pos) ? src.indexOf('>', pos) + 1 : pos + 1;
      const group = alternation(src, inner);
      [term, empty, pos] = [group.firsts, group.nullable, group.end + 1];
    } else if (src[pos] === '[') {
      const end = classEnd(src, pos);
      const body = src.slice(pos + 1, end);
      term = new Set(/\\|.-./u.test(body) || body.startsWith('^') ? [UNKNOWN] : [...body]);
      pos = end + 1;
    } else if (src[pos] === '\\') {
      term = new Set([/[a-zA-Z]/.test(src[pos + 1]!) ? UNKNOWN : src[pos + 1]!]);
      pos += src[pos + 2] === '{' ? src.indexOf('}', pos) + 1 - pos : 2;
    } else if (src[pos] === '^' || src[pos] === '$') {
      pos++;
      continue;
    } else {
      term = new Set([String.fromCodePoint(src.codePointAt(pos)!)]);
      pos += term.values().next().value!.length;
    }
    const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(src.slice(pos))?.[0] ?? '';
    pos += quantifier.length;
    if (open) {
      term.forEach((c) => firsts.add(c));
      open = empty || /^(?:[?*]|\{0)/.test(quantifier);
    }
  }
  return { firsts, nullable: open, end: pos };
}

/** The "]" that closes the class whose "[" is at `pos`. */
function classEnd(src: string, pos: number): number {
  let i = pos + 1;
  while (src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}
