// Search as a reader uses it: the header's plain GET form (JavaScript off), ranked results with
// the matched words marked, filters, pages, the empty states, and hostile input never a 500.
import { expect, test, type Page } from "@playwright/test";
import { EDITION, publishedArticles, type PublishedArticle } from "./support/content";
import { expectNoStackTrace, expectSiteChrome, main } from "./support/pages";

/** A word of six letters or more from the newest headline, and the stories that carry it up front. */
async function wordFromNewest(): Promise<{ word: string; newest: PublishedArticle }> {
  const articles = await publishedArticles();
  const newest = articles[0];
  const word = (newest?.headline ?? "")
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length >= 6)
    .sort((a, b) => b.length - a.length)[0];
  if (!newest || !word) throw new Error("The newest headline needs a word of six letters or more");
  return { word, newest };
}

const results = (page: Page) => main(page).getByRole("list", { name: "Results" }).getByRole("listitem");

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form leads to ranked results with the word marked", async ({ page }) => {
    const { word, newest } = await wordFromNewest();
    await page.goto(`/${EDITION}`);
    await page.getByRole("search").getByRole("searchbox").fill(word);
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();

    await expect(page).toHaveURL(new RegExp(`/${EDITION}/search\\?q=${word}$`));
    await expectSiteChrome(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${word}”`);
    await expect(main(page).getByText(/\d+ (story matches|stories match), best matches first\./)).toBeVisible();
    // A headline match ranks first; the match is marked in the headline.
    const first = results(page).first();
    await expect(first.getByRole("link", { name: newest.headline, exact: true })).toHaveAttribute("href", newest.path);
    await expect(first.locator("mark").first()).toHaveText(new RegExp(`^${word}`, "i"));
    // The query is echoed in the form for the next search.
    await expect(main(page).getByRole("searchbox", { name: "Words" })).toHaveValue(word);
  });

  test("filters by section and by date through the form", async ({ page }) => {
    const { word, newest } = await wordFromNewest();
    await page.goto(`/${EDITION}/search?q=${encodeURIComponent(word)}`);
    const form = main(page).getByRole("form", { name: "Refine your search" });
    await form.getByLabel("Section").selectOption(newest.section.slug);
    const day = newest.firstPublishedAt.toISOString().slice(0, 10);
    await form.getByLabel("From").fill(day);
    await form.getByLabel("To").fill(day);
    await form.getByRole("button", { name: "Filter results" }).click();

    await expect(page).toHaveURL(new RegExp(`section=${newest.section.slug}&from=${day}&to=${day}`));
    await expect(form.getByLabel("Section")).toHaveValue(newest.section.slug);
    await expect(results(page).first().getByRole("link", { name: newest.headline, exact: true })).toBeVisible();
    for (const link of await results(page).getByRole("heading").getByRole("link").all()) {
      expect(await link.getAttribute("href")).toMatch(new RegExp(`^/${EDITION}/${newest.section.slug}/`));
    }
    for (const time of await results(page).locator("time").all()) {
      expect((await time.getAttribute("datetime"))?.slice(0, 10)).toBe(day);
    }
  });

  test("pages through many results without repeating a story", async ({ page }) => {
    await page.goto(`/${EDITION}/search?q=the`);
    await expect(main(page).getByText(/^Page 1 of \d+$/)).toBeVisible();
    const firstPage = await results(page).getByRole("heading").allTextContents();
    expect(firstPage).toHaveLength(20);
    await main(page).getByRole("link", { name: "More results →" }).click();
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(main(page).getByText(/^Page 2 of \d+$/)).toBeVisible();
    const secondPage = await results(page).getByRole("heading").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    const paths = async () =>
      Promise.all(
        (await results(page).getByRole("heading").getByRole("link").all()).map((l) => l.getAttribute("href")),
      );
    const second = await paths();
    await main(page).getByRole("link", { name: "← Previous results" }).click();
    const first = await paths();
    expect(first.filter((p) => second.includes(p))).toEqual([]);
  });

  test("says so when nothing matches, and when nothing was asked", async ({ page }) => {
    await page.goto(`/${EDITION}/search?q=zzyzxquorble`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “zzyzxquorble”");
    await expect(main(page).getByText("No stories match your search. Try fewer or other words.")).toBeVisible();
    await expect(results(page)).toHaveCount(0);

    await page.goto(`/${EDITION}/search`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(main(page).getByText("Type a word or two to search every story we have published.")).toBeVisible();
  });
});

test("is never indexed", async ({ page }) => {
  await page.goto(`/${EDITION}/search?q=harbour`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("echoes a hostile query as text and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const q = `<img src=x onerror=alert(1)><script>alert(2)</script>"'`;
  await page.goto(`/${EDITION}/search?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${q}”`);
  await expect(page.locator("main img[src=x]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

const NASTY = [
  '"',
  '"unbalanced',
  "*",
  "-",
  "harbour*",
  "-harbour",
  "NEAR(harbour ferry)",
  "harbour AND OR NOT",
  "((harbour",
  "harbour)))",
  "a & b | !c <-> d:*",
  '\'; DROP TABLE "Article"; --',
  "🚢🌊",
  "مرفأ جديد",
  "נמל",
  "\u202eharbour",
  "東京",
  "%",
  "\\",
];

test("answers hostile input with a page, never an error", async ({ request }) => {
  for (const q of NASTY) {
    const path = `/${EDITION}/search?q=${encodeURIComponent(q)}`;
    const response = await request.get(path);
    expect(response.status(), q).toBe(200);
    expectNoStackTrace(await response.text(), q);
  }
});

test("refuses an absurdly long query or a malformed page with a 400 and says why", async ({ page }) => {
  for (const path of [
    `/${EDITION}/search?q=${"x".repeat(10_000)}`,
    `/${EDITION}/search?q=${"news+".repeat(1000)}`,
    `/${EDITION}/search?q=harbour&page=abc`,
    `/${EDITION}/search?q=harbour&page=0`,
    `/${EDITION}/search?q=harbour&page=99999`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path.slice(0, 60)).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not run that search");
    expectNoStackTrace(await page.content(), path.slice(0, 60));
  }
});

test("explains a page number past the last page of results", async ({ page }) => {
  await page.goto(`/${EDITION}/search?q=zzyzxquorble&page=2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no page 2 of these results");
  await page.getByRole("link", { name: "Go to the first page of results" }).click();
  await expect(page).toHaveURL(/\/search\?q=zzyzxquorble$/);
});
