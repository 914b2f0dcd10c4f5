// Shared steps of the newsroom journeys: what to pick in the editor (read from the e2e server's
// database) and how a reader's view of the site is polled against a time budget.
import { expect as baseExpect, type Page } from "@playwright/test";
import { createDb, type Db } from "@/lib/db";
import { E2E } from "./constants";

// The machine running these is shared and often busy: waits are generous, budgets are not.
const expect = baseExpect.configure({ timeout: 30_000 });

let client: Db | undefined;
function db(): Db {
  client ??= createDb(E2E.databaseUrl);
  return client;
}

export interface Picks {
  section: { id: number; slug: string; name: string };
  tag: { slug: string; name: string };
  author: { slug: string; name: string };
  media: { id: number };
  timeZone: string;
}

/** A section, tag, author and image of the English edition for a new story. */
export async function picks(): Promise<Picks> {
  const [section, tag, author, media, edition] = await Promise.all([
    db().section.findFirstOrThrow({
      where: { editionCode: "en" },
      orderBy: { position: "asc" },
      select: { id: true, slug: true, name: true },
    }),
    db().tag.findFirstOrThrow({
      where: { editionCode: "en" },
      orderBy: { id: "asc" },
      select: { slug: true, name: true },
    }),
    db().author.findFirstOrThrow({
      where: { kind: "PERSON" },
      orderBy: { id: "asc" },
      select: { slug: true, name: true },
    }),
    db().media.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } }),
    db().edition.findUniqueOrThrow({ where: { code: "en" }, select: { timeZone: true } }),
  ]);
  return { section, tag, author, media, timeZone: edition.timeZone };
}

/** The article's id from the editor's address (/admin/articles/123). */
export async function articleIdOf(page: Page): Promise<number> {
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  return Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
}

/** The editor's "Body" rich text field. */
export const bodyEditor = (page: Page) => page.getByRole("textbox", { name: "Body", exact: true });

// The editor's own wall-clock helper, so tests type the time exactly as the form shows it.
export { zonedLocal } from "@/lib/format/wall-clock";

export interface AnonymousResponse {
  status: number;
  location: string | null;
  cacheControl: string | null;
  body: string;
}

/** A request as an anonymous reader makes it: no cookies, redirects not followed. */
export async function anonymousGet(path: string): Promise<AnonymousResponse> {
  const response = await fetch(new URL(path, E2E.baseURL), { redirect: "manual" });
  return {
    status: response.status,
    location: response.headers.get("location"),
    cacheControl: response.headers.get("cache-control"),
    body: await response.text(),
  };
}

/**
 * Polls every path as an anonymous reader until `seen` holds for it, and returns how many
 * milliseconds after `since` each one first did (Infinity when it never did within `budgetMs`).
 */
export async function whenVisible(
  paths: string[],
  seen: (response: AnonymousResponse) => boolean,
  since: number,
  budgetMs: number,
): Promise<Record<string, number>> {
  const deadline = since + budgetMs;
  const entries = await Promise.all(
    paths.map(async (path): Promise<[string, number]> => {
      for (;;) {
        const response = await anonymousGet(path);
        const at = Date.now();
        if (seen(response)) return [path, at - since];
        if (at >= deadline) return [path, Infinity];
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Asserts that every path met its condition within the budget, and logs the times measured. */
export function expectAllWithin(times: Record<string, number>, budgetMs: number, what: string): void {
  console.log(
    `${what}: ${Object.entries(times)
      .map(([p, ms]) => `${p} ${ms} ms`)
      .join(", ")}`,
  );
  for (const [path, ms] of Object.entries(times)) {
    expect(ms, `${what} at ${path} (ms after the action)`).toBeLessThanOrEqual(budgetMs);
  }
}
