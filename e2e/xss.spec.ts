// SECURITY S14, S15, S17: the XSS corpus (e2e/support/xss-vectors.ts) stored in every editor field —
// headline, standfirst, rubric, hero caption and credit, body text, body link targets, tag, author
// and section names and descriptions, author bio, media alt/caption/credit, SEO title and
// description, agency credit, the search query — then published and rendered in Chromium on the
// public pages, the preview and the newsroom. Reader pages allow inline scripts (notes/csp.md), so
// only the rendering keeps these inert: nothing may run, and no element may come from editor text.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./support/constants";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";
import type { XssRecord } from "./support/xss-seed";

test.describe.configure({ mode: "serial", timeout: 15 * 60_000 });

let records: XssRecord[] = [];
let editor: TestStaff;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  editor = await createStaff("EDITOR");
  const out = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "e2e/support/xss-seed.ts", editor.id],
    {
      env: { ...process.env, DATABASE_URL: E2E.databaseUrl, MEDIA_DIR: E2E.mediaDir, LOG_LEVEL: "warn" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  records = JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as XssRecord[];
  // The server replays the outbox about once a second: let it drop the pages these records change.
  await new Promise((resolve) => setTimeout(resolve, 2500));
});

test.afterAll(async () => {
  // The corpus's sections would crowd the navigation of every later test: take them away again.
  const db = e2eDb();
  const ids = records.map((r) => r.articleId);
  await db.redirect.deleteMany({ where: { articleId: { in: ids } } });
  await db.articleTag.deleteMany({ where: { articleId: { in: ids } } });
  await db.articleAuthor.deleteMany({ where: { articleId: { in: ids } } });
  await db.articleRevision.deleteMany({ where: { articleId: { in: ids } } });
  await db.article.deleteMany({ where: { id: { in: ids } } });
  const slugs = records.map((r) => r.sectionSlug);
  await db.section.deleteMany({ where: { slug: { in: slugs } } });
  await db.tag.deleteMany({ where: { slug: { in: slugs } } });
  await db.author.deleteMany({ where: { slug: { in: slugs } } });
  await db.media.deleteMany({ where: { id: { in: records.map((r) => r.mediaId) } } });
  await db.cacheInvalidation.create({
    data: { tags: ["navigation:en", "edition:en", "front:en", "feeds:en", "sitemaps"] },
  });
});

const dialogs: string[] = [];

async function open(page: Page, url: string): Promise<number> {
  const response = await page.goto(url, { waitUntil: "load" });
  // Handlers such as onerror and ontoggle fire just after load.
  await page.waitForTimeout(30);
  return response?.status() ?? 0;
}

/** What would show that editor text became markup or script on the page in view. */
async function problemsOn(page: Page, url: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    if ((window as { __xss?: unknown }).__xss !== undefined) out.push("window.__xss was set");
    if (document.querySelector("[data-xss]"))
      out.push(`an element from editor text: ${document.querySelector("[data-xss]")!.outerHTML.slice(0, 120)}`);
    for (const a of Array.from(document.querySelectorAll("a[href]"))) {
      const protocol = (a as HTMLAnchorElement).protocol;
      if (!["http:", "https:", "mailto:"].includes(protocol))
        out.push(`link with ${protocol} ${a.getAttribute("href")?.slice(0, 80)}`);
    }
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`<${el.localName} ${attr.name}=…>`);
        if (attr.name === "srcdoc") out.push(`<${el.localName} srcdoc>`);
        if (
          /^\s*(javascript|vbscript|data):/i.test(attr.value) &&
          ["src", "href", "action", "formaction", "data"].includes(attr.name)
        ) {
          if (!(el.localName === "img" && /^data:image\//i.test(attr.value)))
            out.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
      }
    }
    for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
      try {
        JSON.parse(script.textContent ?? "");
      } catch {
        out.push("JSON-LD that is not JSON (content closed the script)");
      }
    }
    for (const el of Array.from(
      document.querySelectorAll("base, meta[http-equiv], object, embed, iframe[src^='javascript' i]"),
    )) {
      out.push(`<${el.localName}> on the page`);
    }
    return out;
  });
  const all = [...found, ...dialogs.splice(0).map((d) => `dialog: ${d}`)];
  return all.map((p) => `${url}: ${p}`);
}

function watch(page: Page) {
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
}

test("public pages render every vector as text: nothing runs", async ({ page, request }) => {
  watch(page);
  expect(records.length).toBeGreaterThan(40);
  const problems: string[] = [];
  const check = async (url: string) => {
    const status = await open(page, url);
    expect.soft(status, url).toBe(200);
    problems.push(...(await problemsOn(page, url)));
  };

  await check("/en");
  for (const r of records) {
    await check(r.path);
    if (r.href === null) {
      // The vector really is on the page, as text (the test is not passing on an empty page).
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.vector.slice(0, 200).trim());
      await expect(
        page
          .locator("article h2")
          .filter({ hasText: r.vector.trim().slice(0, 40) })
          .first(),
      ).toBeVisible();
      await check(`/en/${r.sectionSlug}`);
      await check(`/en/tag/${r.tagSlug}`);
      await check(`/en/author/${r.authorSlug}`);
      await check(`/en/search?q=${encodeURIComponent(r.vector.slice(0, 100))}`);
    }
  }

  // Feeds are XML: the text is escaped inside them, never live markup for a feed reader.
  for (const feed of ["/en/rss.xml", `/en/${records[0]!.sectionSlug}/rss.xml`]) {
    const response = await request.get(feed);
    if (response.status() === 404) continue;
    expect(response.status(), feed).toBe(200);
    // Item titles are plain text in CDATA (lib/feeds); descriptions carry escaped HTML, and nothing
    // else may hold markup a feed reader would build.
    const xml = (await response.text()).replace(/<title><!\[CDATA\[[\s\S]*?\]\]><\/title>/g, "");
    expect.soft(xml, feed).not.toMatch(/<script|<img |<svg |onerror=/i);
  }
  expect(problems).toEqual([]);
});

test("preview and newsroom pages render every vector as text: nothing runs", async ({ page }) => {
  watch(page);
  await signIn(page, editor);
  const problems: string[] = [];
  const check = async (url: string) => {
    const status = await open(page, url);
    expect.soft(status, url).toBe(200);
    problems.push(...(await problemsOn(page, url)));
  };
  for (const url of [
    "/admin/articles",
    "/admin/sections",
    "/admin/tags?q=xss",
    "/admin/authors?q=xss",
    "/admin/media",
  ]) {
    await check(url);
  }
  for (const r of records) {
    await check(`/en/preview/${r.articleId}`);
    await check(`/admin/articles/${r.articleId}`);
    if (r.href === null) await check(`/admin/media/${r.mediaId}`);
  }
  expect(problems).toEqual([]);
});
