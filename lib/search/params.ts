// The search page's GET parameters, read and checked. Pure. A reader's typing is never an error
// (odd filter values are ignored); only what no form produces is refused: an absurdly long query
// or a malformed page number.
import { MAX_QUERY_LENGTH, searchTerms, type SearchTerm } from "./query";

type Raw = Record<string, string | string[] | undefined>;

export interface SearchRequest {
  /** The query as typed (trimmed), echoed back in the form and the heading. */
  q: string;
  terms: SearchTerm[];
  /** Section slug, when one was chosen. */
  section: string | null;
  /** Inclusive calendar days, YYYY-MM-DD (UTC), when given. */
  from: string | null;
  to: string | null;
  page: number;
}

export type SearchRequestResult =
  { ok: true; request: SearchRequest } | { ok: false; problem: "too-long" | "bad-page" };

// Matches the next.config.js rewrite that answers any other page value with a 400.
const MAX_PAGE = 999;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A real calendar day written YYYY-MM-DD, or null. */
export function readDay(raw: string | undefined): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(raw) ? raw : null;
}

/** Start of a UTC day, and the start of the day after (the exclusive end of a range). */
export const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
export const dayEnd = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

export function readSearchRequest(raw: Raw): SearchRequestResult {
  const q = (first(raw.q) ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) return { ok: false, problem: "too-long" };
  const pageRaw = first(raw.page);
  let page = 1;
  if (pageRaw !== undefined) {
    if (!/^[1-9][0-9]{0,5}$/.test(pageRaw) || Number(pageRaw) > MAX_PAGE) return { ok: false, problem: "bad-page" };
    page = Number(pageRaw);
  }
  const sectionRaw = first(raw.section) ?? "";
  const section = /^[a-z0-9][a-z0-9-]{0,79}$/.test(sectionRaw) ? sectionRaw : null;
  let from = readDay(first(raw.from));
  let to = readDay(first(raw.to));
  if (from && to && from > to) [from, to] = [to, from];
  return { ok: true, request: { q, terms: searchTerms(q), section, from, to, page } };
}

/** The address of a results page with the same query and filters. */
export function searchHref(basePath: string, request: SearchRequest, page: number): string {
  const params = new URLSearchParams({ q: request.q });
  if (request.section) params.set("section", request.section);
  if (request.from) params.set("from", request.from);
  if (request.to) params.set("to", request.to);
  if (page > 1) params.set("page", String(page));
  return `${basePath}?${params.toString()}`;
}
