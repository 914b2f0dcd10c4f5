// What a reader typed, turned into search terms both engines agree on. Pure: no database here.
//
// Every query is a list of words that must all appear (each one also matching longer words that
// start with it: "harbour" finds "harbours"). Nothing a reader types is engine syntax: quotes,
// `*`, `-`, parentheses, NEAR, AND/OR are dropped or read as plain words, so no input can make
// either engine's query parser fail.

/** Longest query answered; a longer one is refused with a message (a 4xx), not silently cut. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many are ignored: more words only narrow the results and slow the query. */
export const MAX_TERMS = 8;
/** Words shorter than this match whole words only (a one-letter prefix would match half the archive). */
export const MIN_PREFIX_LENGTH = 3;

// Letters and digits of any script, with their combining marks: what SQLite's unicode61 tokenizer
// and PostgreSQL's parser both treat as the inside of a word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
// Only the Latin combining accents: what unicode61 (remove_diacritics 2) and search_fold() remove.
const COMBINING = /[\u0300-\u036f]+/g;
// Upper-case operator words are what people copy from other search engines, not what they look for.
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);

/** Lower case without accents ("Café" → "cafe"), as both indexes store words. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").normalize("NFC").toLowerCase();
}

export interface SearchTerm {
  /** Folded word. */
  text: string;
  /** Also matches longer words starting with it. */
  prefix: boolean;
}

/** The words of a query, folded, distinct, at most MAX_TERMS. Empty when nothing searchable was typed. */
export function searchTerms(query: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const [word] of query.slice(0, MAX_QUERY_LENGTH).matchAll(WORD)) {
    if (OPERATORS.has(word)) continue;
    const text = fold(word);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, prefix: [...text].length >= MIN_PREFIX_LENGTH });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * The FTS5 MATCH expression: each term a quoted string (so the tokenizer, never the query parser,
 * reads it), `*` for a prefix, all required. Terms hold only letters, marks and digits, so a quote
 * cannot occur; it is doubled anyway, as FTS5 expects.
 */
export function toFts5Match(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? " *" : ""}`).join(" AND ");
}

/**
 * The PostgreSQL tsquery text: each term a quoted lexeme (`'word'`, `:*` for a prefix), all
 * required (`&`). Passed as a bound parameter to to_tsquery('simple', …).
 */
export function toTsQuery(terms: SearchTerm[]): string {
  return terms
    .map((t) => `'${t.text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${t.prefix ? ":*" : ""}`)
    .join(" & ");
}
