// The status codes of SPEC §1, as a browser or a crawler receives them. Articles that are
// withdrawn, moved or unpublished are found in the e2e database, not named here.
import { expect, test } from "@playwright/test";
import { E2E } from "./support/constants";
import {
  EDITION,
  listings,
  movedArticles,
  publishedArticles,
  unpublishedArticlePaths,
  withdrawnArticlePaths,
} from "./support/content";
import { expectNoStackTrace, expectSiteChrome, main, rawGet } from "./support/pages";

test("/ sends readers to the default edition with a 307", async ({ request }) => {
  const response = await request.get("/", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe(`${E2E.baseURL}/${EDITION}`);
});

test.describe("404: the site's not-found page, with its header, for", () => {
  const cases = [
    { what: "an unknown section", path: `/${EDITION}/no-such-section` },
    { what: "an unknown tag", path: `/${EDITION}/tag/no-such-tag` },
    { what: "an unknown author", path: `/${EDITION}/author/no-such-author` },
    { what: "an unknown article", path: `/${EDITION}/world/20260101-no-such-story` },
    { what: "an article-shaped path with an impossible date", path: `/${EDITION}/world/20261399-no-such-story` },
    { what: "a path deeper than any page", path: `/${EDITION}/world/no-such-story/more` },
    { what: "a section slug in capitals", path: `/${EDITION}/WORLD` },
    { what: "an unknown edition", path: "/xx" },
    { what: "an unknown edition's section", path: "/xx/world" },
    { what: "a path outside any edition", path: "/no/such/page" },
  ];
  for (const { what, path } of cases) {
    test(`${what} (${path})`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expectNoStackTrace((await response?.text()) ?? "", path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
      await expectSiteChrome(page);
      await main(page).getByRole("link", { name: "Go to the front page" }).click();
      await expect(page).toHaveURL(`${E2E.baseURL}/${EDITION}`);
      await expect(page.getByRole("region", { name: "Top stories" })).toBeVisible();
    });
  }
});

test("a published article answers 404 at any address but its own", async ({ request }) => {
  const articles = await publishedArticles();
  const article = articles[0];
  const otherSection = articles.find((a) => a.section.slug !== article?.section.slug)?.section.slug;
  if (!article || !otherSection) throw new Error("The demo needs published stories in two sections");
  await expect((await request.get(article.path)).status(), article.path).toBe(200);
  const [, ed, section, segment] = article.path.split("/");
  const slug = segment?.slice("yyyymmdd-".length);
  const wrong = [
    `/${ed}/${section}/20000101-${slug}`,
    `/${ed}/${otherSection}/${segment}`,
    `/${ed}/${section}/${segment}-x`,
    `/${ed}/${section}/${slug}`,
  ];
  for (const path of wrong) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expectNoStackTrace(await response.text(), path);
  }
});

test("drafts and scheduled stories are not found before they are published", async ({ request }) => {
  const unpublished = await unpublishedArticlePaths();
  expect(unpublished.map((a) => a.status).sort(), "the demo has a draft and a scheduled story").toEqual(
    expect.arrayContaining(["DRAFT", "SCHEDULED"]),
  );
  for (const { status, path } of unpublished) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${status} ${path}`).toBe(404);
  }
});

test("a withdrawn article answers 410 with a page that explains it", async ({ page, request }) => {
  const withdrawn = await withdrawnArticlePaths();
  expect(withdrawn.length, "the demo has a withdrawn story").toBeGreaterThan(0);
  for (const path of withdrawn) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(410);
    expect(response.headers()["content-type"]).toContain("text/html");
    expectNoStackTrace(await response.text(), path);

    const shown = await page.goto(path);
    expect(shown?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This story has been withdrawn");
    await expect(main(page)).toContainText("no longer available");
    await expect(main(page).getByRole("link", { name: "Go to the front page" })).toBeVisible();
    await expectSiteChrome(page);
  }
});

test("an article's old address answers 301 with its canonical absolute URL", async ({ page, request }) => {
  const moved = await movedArticles();
  expect(moved.length, "the demo has an article whose slug or section changed").toBeGreaterThan(0);
  for (const { from, to, headline } of moved) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    // Next.js writes a same-host Location as a path (proxy URL normalisation); it must resolve to
    // the canonical absolute URL, never to another host.
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, E2E.baseURL).href, from).toBe(`${E2E.baseURL}${to}`);

    const followed = await page.goto(from);
    expect(followed?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(to);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  }
});

test.describe("listing page numbers", () => {
  // An empty `?page=` names no page at all and reads as the listing itself (asserted below).
  const malformed = ["abc", "-1", "0", "1.5", "2abc", "01", "%20", "1e2", "0x10"];

  test("a page number that is not a whole number from 1 is a 400 on every listing", async ({ request }) => {
    const all = await listings();
    const targets = (["section", "tag", "author"] as const).map((kind) => all.find((l) => l.kind === kind));
    for (const listing of targets) {
      if (!listing) throw new Error("The demo needs a section, a tag and an author");
      for (const value of malformed) {
        const path = `${listing.path}?page=${value}`;
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(400);
        const body = await response.text();
        expectNoStackTrace(body, path);
        expect(body, path).toContain("Bad request");
      }
    }
  });

  test("a page past the last one is a 404; page 1 is the listing itself", async ({ request }) => {
    const all = await listings();
    for (const kind of ["section", "tag", "author"] as const) {
      const listing = all.find((l) => l.kind === kind);
      if (!listing) throw new Error(`The demo needs a ${kind}`);
      for (const page of ["99999", "100000", "100001", "999999"]) {
        const path = `${listing.path}?page=${page}`;
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(404);
        expectNoStackTrace(await response.text(), path);
      }
      const first = await request.get(`${listing.path}?page=1`, { maxRedirects: 0 });
      expect(first.status(), `${listing.path}?page=1`).toBe(200);
      const empty = await request.get(`${listing.path}?page=`, { maxRedirects: 0 });
      expect(empty.status(), `${listing.path}?page=`).toBe(200);
    }
  });

  test("search answers a malformed or absent page with 400 or 404, never a 500", async ({ request }) => {
    for (const value of ["abc", "-1", "0", "99999"]) {
      const path = `/${EDITION}/search?q=harbour&page=${value}`;
      const response = await request.get(path, { maxRedirects: 0 });
      expect([400, 404], path).toContain(response.status());
      expectNoStackTrace(await response.text(), path);
    }
  });
});

test.describe("absurdly long addresses get a 4xx, never a 500", () => {
  const long = "a".repeat(5000);
  const cases = [
    { what: "a long section slug", path: `/${EDITION}/${long}` },
    { what: "a long tag slug", path: `/${EDITION}/tag/${long}` },
    { what: "a long author slug", path: `/${EDITION}/author/${long}` },
    { what: "a long article slug", path: `/${EDITION}/world/20260101-${long}` },
    { what: "a long path outside any edition", path: `/${long}/${long}` },
    { what: "a long page number", path: `/${EDITION}/world?page=${"9".repeat(5000)}` },
    { what: "a long search query", path: `/${EDITION}/search?q=${"news ".repeat(1000).trim().replace(/ /g, "+")}` },
    { what: "a long media name", path: `/media/${long}.jpg` },
  ];
  for (const { what, path } of cases) {
    test(what, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status(), path.slice(0, 80)).toBeLessThan(500);
      expectNoStackTrace(await response.text(), path.slice(0, 80));
    });
  }

  test("a long unknown query parameter is ignored, not a 500", async ({ request }) => {
    const path = `/${EDITION}?${"x".repeat(5000)}=${"y".repeat(5000)}`;
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    expectNoStackTrace(await response.text(), "the front page with a long query");
  });
});

test("/api/health reports the site and its database up, as JSON", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ ok: true, database: "up" });
});

test.describe("/media", () => {
  test("serves a stored picture, and 404 for one that does not exist", async ({ request }) => {
    const hero = (await publishedArticles()).find((a) => a.hero)?.hero;
    if (!hero) throw new Error("The demo needs an article with a hero picture");
    const found = await request.get(`/media/${hero.file}`);
    expect(found.status()).toBe(200);
    expect(found.headers()["content-type"]).toMatch(/^image\//);

    for (const path of [`/media/${hero.file}.jpg`, "/media/2026/11/no-such-picture.jpg", "/media/missing"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectNoStackTrace(await response.text(), path);
    }
  });

  // Sent byte for byte: a URL parser would resolve the dots before the server saw them.
  const escapes = [
    "/media/../../etc/passwd",
    "/media/../../../../../../etc/passwd",
    "/media/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/media/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/media/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/media/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/media/....//....//....//etc/passwd",
    "/media/..%5c..%5c..%5cetc%5cpasswd",
    "/media/x/../../package.json",
    "/media/%2e%2e/package.json",
    "/media/..%2fpackage.json",
    "/media/%00../../etc/passwd",
  ];
  for (const path of escapes) {
    test(`never leaves the media folder: ${path}`, async () => {
      let response = await rawGet(path);
      // Next.js first answers "//" with a redirect to the path with single slashes.
      if (response.status === 308) {
        const location = response.headers.location ?? "";
        expect(location).toMatch(/^\/media\//);
        response = await rawGet(location);
      }
      expect(response.status).toBe(404);
      expect(response.body).not.toContain("root:");
      expect(response.body).not.toContain('"name": "dateline"');
      expectNoStackTrace(response.body, path);
    });
  }
});
