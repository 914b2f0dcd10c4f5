// Highlighted text for search results, as segments the page renders with <mark> (never as HTML).
// Pure: it sees only the text and the folded terms from lib/search/query.ts.
import { fold, type SearchTerm } from "./query";

export interface Segment {
  text: string;
  /** A word the query matched. */
  match: boolean;
}

// Word-ish runs and the gaps between them, so matching is per word like the indexes'.
const PIECES = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[^\p{L}\p{N}]+/gu;

function matches(word: string, terms: SearchTerm[]): boolean {
  const folded = fold(word);
  return terms.some((t) => (t.prefix ? folded.startsWith(t.text) : folded === t.text));
}

function isWord(piece: string): boolean {
  return /^[\p{L}\p{N}]/u.test(piece);
}

/** Merges neighbours of the same kind so the page gets as few elements as possible. */
function merged(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.match === s.match && !s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The whole text, with every matching word marked. */
export function highlight(text: string, terms: SearchTerm[]): Segment[] {
  const pieces = text.match(PIECES) ?? [];
  return merged(pieces.map((piece) => ({ text: piece, match: isWord(piece) && matches(piece, terms) })));
}

/**
 * About `words` words of `text` around its first matching word, marked, with an ellipsis where
 * text was left out. Null when no word matches (the caller falls back to other text).
 */
export function snippet(text: string, terms: SearchTerm[], words = 30): Segment[] | null {
  const pieces = (text.replace(/\s+/g, " ").trim().match(PIECES) ?? []).map((piece) => ({
    text: piece,
    match: isWord(piece) && matches(piece, terms),
  }));
  const first = pieces.findIndex((p) => p.match);
  if (first === -1) return null;
  const wordIndexes = pieces.flatMap((p, i) => (isWord(p.text) ? [i] : []));
  const at = wordIndexes.indexOf(first);
  // A few words of context before the match, the rest after it.
  const startWord = Math.max(0, Math.min(at - 8, wordIndexes.length - words));
  const endWord = Math.min(wordIndexes.length - 1, startWord + words - 1);
  const start = wordIndexes[startWord] ?? 0;
  const end = wordIndexes[endWord] ?? pieces.length - 1;
  const slice = pieces.slice(start, end + 1);
  if (start > 0) slice.unshift({ text: "… ", match: false });
  if (end < pieces.length - 1) {
    // Keep closing punctuation that ends a sentence; cut anything else.
    const tail = pieces[end + 1]?.text ?? "";
    slice.push({ text: /^[.!?]/.test(tail) && end + 1 === pieces.length - 1 ? tail : " …", match: false });
  }
  return merged(slice);
}
