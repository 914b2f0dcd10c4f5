// SECURITY S14, S15, S17: the XSS corpus (e2e/support/xss-vectors.ts) stored in every editor field —
// headline, standfirst, rubric, hero caption and credit, body text, body link targets, tag, author
// and section names and descriptions, author bio, media alt/caption/credit, SEO title and
// description, agency credit, the search query — then published and rendered in Chromium on the
// public pages, the preview and the newsroom. Reader pages allow inline scripts (notes/csp.md), so
// only the rendering keeps these inert: nothing may run, and no element may come from editor text.
import { execFileSync } from "node:child_process";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
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

/** What a page reported while it was open: dialogs, and pictures it asked for and did not get. */
interface Seen {
  dialogs: string[];
  brokenImages: string[];
}

async function open(page: Page, url: string): Promise<number> {
  const response = await page.goto(url, { waitUntil: "load" });
  // Handlers such as onerror and ontoggle fire just after load.
  await page.waitForTimeout(30);
  return response?.status() ?? 0;
}

/** What would show that editor text became markup or script on the page in view. */
async function problemsOn(page: Page, url: string, seen: Seen): Promise<string[]> {
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
    for (const img of Array.from(document.images)) {
      if (img.complete && img.naturalWidth === 0) out.push(`a broken image: ${img.currentSrc || img.src}`);
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
  const all = [
    ...found,
    ...seen.dialogs.splice(0).map((d) => `dialog: ${d}`),
    ...seen.brokenImages.splice(0).map((i) => `image not served: ${i}`),
  ];
  return all.map((p) => `${url}: ${p}`);
}

function watch(page: Page): Seen {
  const seen: Seen = { dialogs: [], brokenImages: [] };
  page.on("dialog", async (dialog) => {
    seen.dialogs.push(`${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  // The corpus's pictures are real files: a picture that does not load is a finding too.
  page.on("response", (response) => {
    if (response.request().resourceType() === "image" && response.status() >= 400)
      seen.brokenImages.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    // ERR_ABORTED: a lazy picture still loading when the next page was opened.
    const error = request.failure()?.errorText ?? "";
    if (request.resourceType() === "image" && error !== "net::ERR_ABORTED")
      seen.brokenImages.push(`${error} ${request.url()}`);
  });
  return seen;
}

interface Visit {
  url: string;
  /** Assertions about what the page shows, after it loaded. */
  then?: (page: Page) => Promise<void>;
}

/**
 * Opens every page in `visits`, a few tabs at a time in one browser context (and so one session),
 * and returns what problemsOn found on each. Every page is still opened and inspected on its own.
 */
async function visitAll(context: BrowserContext, visits: Visit[], tabs = 3): Promise<string[]> {
  const problems: string[] = [];
  const queue = [...visits];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      const seen = watch(page);
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        const status = await open(page, visit.url);
        expect.soft(status, visit.url).toBe(200);
        await visit.then?.(page);
        problems.push(...(await problemsOn(page, visit.url, seen)));
      }
      await page.close();
    }),
  );
  return problems;
}

/** What in a feed would be markup for a feed reader: XML elements from editor text, or live HTML. */
async function feedProblems(page: Page, xml: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return ["the feed is not well-formed XML"];
    const out: string[] = [];
    const isLive = (el: Element) =>
      el.hasAttribute("data-xss") || Array.from(el.attributes).some((attr) => /^on/i.test(attr.name));
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      if (isLive(el)) out.push(`an XML element from editor text: <${el.nodeName}>`);
    }
    // Descriptions (and full content, if any) are HTML to a feed reader: built as HTML, inertly
    // here, they must hold nothing live. Other elements are plain text, whatever they contain.
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      if (!["description", "content:encoded"].includes(el.nodeName)) continue;
      const html = new DOMParser().parseFromString(el.textContent ?? "", "text/html");
      for (const live of Array.from(html.querySelectorAll("*"))) {
        if (isLive(live) || ["script", "iframe", "object", "embed"].includes(live.localName))
          out.push(`live HTML in <${el.nodeName}>: ${live.outerHTML.slice(0, 80)}`);
      }
    }
    return out;
  }, xml);
}

test("public pages render every vector as text: nothing runs", async ({ page, request }) => {
  expect(records.length).toBeGreaterThan(40);
  const visits: Visit[] = [{ url: "/en" }];
  for (const r of records) {
    if (r.href !== null) {
      visits.push({ url: r.path });
      continue;
    }
    visits.push(
      {
        url: r.path,
        then: async (tab) => {
          // The vector really is on the page, as text (the test is not passing on an empty page).
          await expect(tab.getByRole("heading", { level: 1 })).toHaveText(r.vector.slice(0, 200).trim());
          await expect(
            tab
              .locator("article h2")
              .filter({ hasText: r.vector.trim().slice(0, 40) })
              .first(),
          ).toBeVisible();
          // …and so is its picture, loaded from a real file.
          await expect
            .poll(() =>
              tab
                .locator("article img")
                .first()
                .evaluate((img: HTMLImageElement) => img.naturalWidth),
            )
            .toBeGreaterThan(0);
        },
      },
      { url: `/en/${r.sectionSlug}` },
      { url: `/en/tag/${r.tagSlug}` },
      { url: `/en/author/${r.authorSlug}` },
      { url: `/en/search?q=${encodeURIComponent(r.vector.slice(0, 100))}` },
    );
  }
  const problems = await visitAll(page.context(), visits);

  // Feeds are XML: the text is escaped inside them, never live markup for a feed reader.
  for (const feed of ["/en/rss.xml", `/en/${records[0]!.sectionSlug}/rss.xml`]) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const xml = await response.text();
    expect(xml, `${feed} carries the corpus`).toContain("window.__xss");
    problems.push(...(await feedProblems(page, xml)).map((p) => `${feed}: ${p}`));
  }
  expect(problems).toEqual([]);
});

test("preview and newsroom pages render every vector as text: nothing runs", async ({ page }) => {
  await signIn(page, editor);
  const visits: Visit[] = [
    "/admin/articles",
    "/admin/sections",
    "/admin/tags?q=xss",
    "/admin/authors?q=xss",
    "/admin/media",
  ].map((url) => ({ url }));
  for (const r of records) {
    visits.push({ url: `/en/preview/${r.articleId}` }, { url: `/admin/articles/${r.articleId}` });
    if (r.href === null) visits.push({ url: `/admin/media/${r.mediaId}` });
  }
  expect(await visitAll(page.context(), visits)).toEqual([]);
});
