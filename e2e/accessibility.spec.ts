// Accessibility of every reader page type: axe-core finds no serious or critical violation, and
// the basics a screen-reader or keyboard user relies on hold on each page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { EDITION, listings, publishedArticles, sections, withdrawnArticlePaths } from "./support/content";

interface PageType {
  name: string;
  status: number;
  path: () => Promise<string>;
}

async function firstOf<T>(items: T[], what: string): Promise<T> {
  const [item] = items;
  if (item === undefined) throw new Error(`The demo needs ${what}`);
  return item;
}

const pageTypes: PageType[] = [
  { name: "front page", status: 200, path: async () => `/${EDITION}` },
  {
    name: "section front",
    status: 200,
    path: async () => `/${EDITION}/${(await firstOf(await sections(), "a section")).slug}`,
  },
  {
    name: "tag page",
    status: 200,
    path: async () =>
      (
        await firstOf(
          (await listings()).filter((l) => l.kind === "tag"),
          "a tag",
        )
      ).path,
  },
  {
    name: "author page",
    status: 200,
    path: async () =>
      (
        await firstOf(
          (await listings()).filter((l) => l.kind === "author"),
          "an author",
        )
      ).path,
  },
  {
    name: "article",
    status: 200,
    // The article with the most parts: picture, rubric, tags, quotes, lists.
    path: async () => {
      const articles = await publishedArticles();
      const parts = (a: (typeof articles)[number]) =>
        Number(Boolean(a.hero)) +
        Number(Boolean(a.rubric)) +
        a.tags.length +
        new Set(a.body.map((block) => block.type)).size;
      return (
        await firstOf(
          [...articles].sort((a, b) => parts(b) - parts(a)),
          "a published article",
        )
      ).path;
    },
  },
  {
    name: "search results",
    status: 200,
    path: async () => {
      const word = (await firstOf(await publishedArticles(), "a published article")).headline.split(" ")[0] ?? "";
      return `/${EDITION}/search?q=${encodeURIComponent(word)}`;
    },
  },
  { name: "404 page", status: 404, path: async () => `/${EDITION}/no-such-page` },
  { name: "410 page", status: 410, path: async () => firstOf(await withdrawnArticlePaths(), "a withdrawn story") },
];

for (const type of pageTypes) {
  test.describe(type.name, () => {
    test("has no serious or critical axe violations", async ({ page }) => {
      const path = await type.path();
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(type.status);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const report = severe
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary}`).join("\n")}`,
        )
        .join("\n\n");
      expect(severe, `axe on ${path}:\n${report}`).toEqual([]);
    });

    test("has one h1, lang and dir on <html>, and images with alt, width and height", async ({ page }) => {
      const path = await type.path();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.locator("img:not([alt])"), "images without alt").toHaveCount(0);
      await expect(page.locator("img:not([width]), img:not([height])"), "images without a size").toHaveCount(0);
    });

    test("a skip link is the first stop and takes keyboard users to the content", async ({ page }) => {
      const path = await type.path();
      await page.goto(path);
      const skip = page.getByRole("link", { name: "Skip to content" });
      await page.keyboard.press("Tab");
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#content$/);
      // Focus now starts from the content: the next Tab lands inside it, not in the header.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("#content")?.tagName ?? null)).toBe("MAIN");
    });
  });
}
