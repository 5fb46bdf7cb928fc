/**
 * Boolean brand queries, as listening tools take them:
 *
 *   ("micro soft" OR microsoft OR msft OR "m$ft") AND NOT (xbox NEAR/3 gamepass)
 *
 * Syntax (operators are case-insensitive; tightest first):
 *   term          a word, @handle, #hashtag or $cashtag, folded like a brand alias (case, width,
 *                 diacritics; leetspeak in the text); a trailing "*" matches any word starting with it
 *   "a phrase"    its words in a row
 *   ( ... )       grouping
 *   NOT x         x does not occur
 *   x NEAR/n y    an occurrence of x and one of y with at most n words between them (either order);
 *                 x and y are terms, phrases, OR groups of them, or NEAR expressions
 *   x AND y       both hold; two operands side by side mean AND too ("a NOT b" = "a AND NOT b")
 *   x OR y        either holds
 *
 * parseQuery() turns the text into a tree at compile time and throws a QueryError with the position
 * (0-based char offset) of a malformed query; evalQuery() evaluates the tree on the occurrences of
 * its terms in a mention, found by one trie walk (see brands.ts).
 */

export const Q_TERM = 0;
export const Q_AND = 1;
export const Q_OR = 2;
export const Q_NOT = 3;
export const Q_NEAR = 4;

export type QueryNode =
  | { op: typeof Q_TERM; term: number; text: string; pos: number }
  | { op: typeof Q_AND | typeof Q_OR; kids: QueryNode[]; pos: number }
  | { op: typeof Q_NOT; kid: QueryNode; pos: number }
  | { op: typeof Q_NEAR; a: QueryNode; b: QueryNode; n: number; pos: number };

export class QueryError extends Error {
  constructor(readonly reason: string, readonly pos: number) {
    super(`${reason} at position ${pos}`);
  }
}

/** Longest NEAR distance accepted (words). */
export const NEAR_MAX = 1000;

const enum Lx { Term, Phrase, LParen, RParen, And, Or, Not, Near, End }

interface Lexeme {
  kind: Lx;
  text: string;
  pos: number;
  /** NEAR distance. */
  n: number;
}

const NEAR_RE = /^near(?:\/(\d+))?$/i;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u3000';
}

function isQuote(c: string): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d';
}

function lex(src: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) { i++; continue; }
    if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? Lx.LParen : Lx.RParen, text: c, pos: i, n: 0 });
      i++;
      continue;
    }
    if (isQuote(c)) {
      let j = i + 1;
      while (j < src.length && !isQuote(src[j])) j++;
      if (j >= src.length) throw new QueryError('unterminated quoted phrase', i);
      const text = src.slice(i + 1, j);
      if (text.trim() === '') throw new QueryError('empty quoted phrase', i);
      out.push({ kind: Lx.Phrase, text, pos: i, n: 0 });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < src.length && !isSpace(src[j]) && src[j] !== '(' && src[j] !== ')' && !isQuote(src[j])) j++;
    const word = src.slice(i, j);
    const upper = word.toUpperCase();
    if (upper === 'AND' || word === '&&') out.push({ kind: Lx.And, text: word, pos: i, n: 0 });
    else if (upper === 'OR' || word === '||') out.push({ kind: Lx.Or, text: word, pos: i, n: 0 });
    else if (upper === 'NOT') out.push({ kind: Lx.Not, text: word, pos: i, n: 0 });
    else if (upper.startsWith('NEAR') && (upper.length === 4 || upper[4] === '/')) {
      const m = NEAR_RE.exec(word);
      if (m === null || m[1] === undefined) throw new QueryError('NEAR needs a distance in words, e.g. NEAR/3', i);
      const n = Number(m[1]);
      if (n > NEAR_MAX) throw new QueryError(`NEAR distance above ${NEAR_MAX}`, i);
      out.push({ kind: Lx.Near, text: word, pos: i, n });
    } else out.push({ kind: Lx.Term, text: word, pos: i, n: 0 });
    i = j;
  }
  out.push({ kind: Lx.End, text: '', pos: src.length, n: 0 });
  return out;
}

const LX_NAMES: Record<Lx, string> = {
  [Lx.Term]: 'a term', [Lx.Phrase]: 'a phrase', [Lx.LParen]: '"("', [Lx.RParen]: '")"', [Lx.And]: 'AND',
  [Lx.Or]: 'OR', [Lx.Not]: 'NOT', [Lx.Near]: 'NEAR', [Lx.End]: 'the end of the query',
};

/**
 * Parses a query. addTerm(text, pos) registers a term or phrase and returns its id (it may throw
 * a QueryError, e.g. for a term with no word in it).
 */
export function parseQuery(src: string, addTerm: (text: string, pos: number) => number): QueryNode {
  if (src.trim() === '') throw new QueryError('empty query', 0);
  const lx = lex(src);
  let p = 0;
  const peek = () => lx[p];
  const startsOperand = (k: Lx) => k === Lx.Term || k === Lx.Phrase || k === Lx.LParen || k === Lx.Not;

  function expectOperand(after: Lexeme | null): void {
    const l = peek();
    if (!startsOperand(l.kind)) {
      const what = after === null ? 'at the start' : `after ${LX_NAMES[after.kind] === 'a term' ? `"${after.text}"` : LX_NAMES[after.kind]}`;
      throw new QueryError(`expected a term, phrase, NOT or "(" ${what}, found ${LX_NAMES[l.kind]}`, l.pos);
    }
  }

  function parseOr(): QueryNode {
    const first = parseAnd();
    const kids = [first];
    while (peek().kind === Lx.Or) {
      const op = lx[p++];
      expectOperand(op);
      kids.push(parseAnd());
    }
    return kids.length === 1 ? first : { op: Q_OR, kids, pos: first.pos };
  }

  function parseAnd(): QueryNode {
    const first = parseNear();
    const kids = [first];
    for (;;) {
      const l = peek();
      if (l.kind === Lx.And) {
        p++;
        expectOperand(l);
        kids.push(parseNear());
      } else if (startsOperand(l.kind)) {
        kids.push(parseNear()); // implicit AND
      } else break;
    }
    return kids.length === 1 ? first : { op: Q_AND, kids, pos: first.pos };
  }

  function parseNear(): QueryNode {
    let left = parseUnary();
    while (peek().kind === Lx.Near) {
      const op = lx[p++];
      expectOperand(op);
      const right = parseUnary();
      checkNearOperand(left, op.pos);
      checkNearOperand(right, op.pos);
      left = { op: Q_NEAR, a: left, b: right, n: op.n, pos: op.pos };
    }
    return left;
  }

  function parseUnary(): QueryNode {
    const l = peek();
    if (l.kind === Lx.Not) {
      p++;
      expectOperand(l);
      return { op: Q_NOT, kid: parseUnary(), pos: l.pos };
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode {
    const l = lx[p++];
    if (l.kind === Lx.Term || l.kind === Lx.Phrase) {
      return { op: Q_TERM, term: addTerm(l.text, l.kind === Lx.Phrase ? l.pos + 1 : l.pos), text: l.text, pos: l.pos };
    }
    if (l.kind === Lx.LParen) {
      expectOperand(l);
      const inner = parseOr();
      const r = peek();
      if (r.kind !== Lx.RParen) throw new QueryError(`missing ")" for the "(" at position ${l.pos}`, r.pos);
      p++;
      return inner;
    }
    throw new QueryError(`expected a term, phrase, NOT or "(", found ${LX_NAMES[l.kind]}`, l.pos);
  }

  const root = parseOr();
  const rest = peek();
  if (rest.kind !== Lx.End) {
    throw new QueryError(rest.kind === Lx.RParen ? 'unmatched ")"' : `unexpected ${LX_NAMES[rest.kind]}`, rest.pos);
  }
  return root;
}

function checkNearOperand(n: QueryNode, pos: number): void {
  if (n.op === Q_TERM || n.op === Q_NEAR) return;
  if (n.op === Q_OR) { for (const k of n.kids) checkNearOperand(k, pos); return; }
  throw new QueryError('NEAR takes terms, phrases or OR groups of them (not AND or NOT)', pos);
}

/** Term ids that count for the brand when present (not under a NOT), in the order written. */
export function positiveTerms(n: QueryNode, out: number[] = []): number[] {
  if (n.op === Q_TERM) { if (!out.includes(n.term)) out.push(n.term); }
  else if (n.op === Q_NOT) { /* negated */ }
  else if (n.op === Q_NEAR) { positiveTerms(n.a, out); positiveTerms(n.b, out); }
  else for (const k of n.kids) positiveTerms(k, out);
  return out;
}

export function hasNear(n: QueryNode): boolean {
  if (n.op === Q_NEAR) return true;
  if (n.op === Q_TERM) return false;
  if (n.op === Q_NOT) return hasNear(n.kid);
  return n.kids.some(hasNear);
}

/** Occurrences of query terms in one mention, in word positions (first and last word, inclusive). */
export interface Occurrences {
  n: number;
  term: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Per occurrence: non-zero when cancelled (inside an exclusion phrase of the brand). */
  skip: Uint8Array;
  /** Per term id: non-zero when it occurs (not cancelled). */
  present: Uint8Array;
}

export function evalQuery(q: QueryNode, occ: Occurrences): boolean {
  switch (q.op) {
    case Q_TERM: return occ.present[q.term] !== 0;
    case Q_NOT: return !evalQuery(q.kid, occ);
    case Q_AND:
      for (const k of q.kids) if (!evalQuery(k, occ)) return false;
      return true;
    case Q_OR:
      for (const k of q.kids) if (evalQuery(k, occ)) return true;
      return false;
    case Q_NEAR: return nearSpans(q, occ).length > 0;
  }
}

/** [first, last] word spans of a NEAR operand, flattened as pairs. */
function spansOf(q: QueryNode, occ: Occurrences, out: number[]): void {
  if (q.op === Q_TERM) {
    if (occ.present[q.term] === 0) return;
    for (let i = 0; i < occ.n; i++) if (occ.term[i] === q.term && occ.skip[i] === 0) out.push(occ.first[i], occ.last[i]);
  } else if (q.op === Q_OR) {
    for (const k of q.kids) spansOf(k, occ, out);
  } else if (q.op === Q_NEAR) {
    for (const s of nearSpans(q, occ)) out.push(s);
  }
}

function nearSpans(q: Extract<QueryNode, { op: typeof Q_NEAR }>, occ: Occurrences): number[] {
  const a: number[] = [];
  spansOf(q.a, occ, a);
  if (a.length === 0) return a;
  const b: number[] = [];
  spansOf(q.b, occ, b);
  const out: number[] = [];
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      // Words strictly between the two occurrences (negative when they overlap).
      const between = Math.max(a[i], b[j]) - Math.min(a[i + 1], b[j + 1]) - 1;
      if (between <= q.n) out.push(Math.min(a[i], b[j]), Math.max(a[i + 1], b[j + 1]));
    }
  }
  return out;
}
