// A story's life in the newsroom, as the writer, the editor and a reader see it: written with every
// field and submitted, previewed by staff only, published, updated, moved and withdrawn — each
// change visible on every public page that shows the story within one second (SPEC §4).
import crypto from "node:crypto";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { authorPath, sectionPath, slugify, tagPath } from "@/lib/urls";
import { createStaff, signIn, type TestStaff } from "./support/staff";
import {
  anonymousGet,
  articleIdOf,
  bodyEditor,
  expectAllWithin,
  picks,
  whenVisible,
  zonedLocal,
  type Picks,
} from "./support/newsroom";

// The machine running these is shared and often busy: waits are generous, budgets are not.
const expect = baseExpect.configure({ timeout: 30_000 });

const BUDGET_MS = 1000;

async function staffPage(browser: Browser, staff: TestStaff, next: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, staff, next);
  return page;
}

/**
 * Clicks a workflow button and waits for the newsroom to confirm the change; returns that moment,
 * from which the one-second budget runs (the save itself is timed and logged, not budgeted: on a
 * shared 2-core machine it varies with the load).
 */
async function act(page: Page, button: string, confirmation: string): Promise<number> {
  // The same confirmation may still show from an earlier change: the version number tells them apart.
  const version = page.getByText(/^Version \d+$/);
  const before = Number((await version.textContent())!.replace("Version ", ""));
  await page.getByRole("button", { name: button, exact: true }).click();
  const clicked = Date.now();
  await expect(version).toHaveText(`Version ${before + 1}`);
  await expect(page.getByText(confirmation)).toBeVisible();
  const confirmed = Date.now();
  console.log(`${button}: the newsroom confirmed ${confirmed - clicked} ms after the click`);
  return confirmed;
}

test("newsroom journey: write, submit, preview, publish, update, move and withdraw — readers see each within a second", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const run = crypto.randomBytes(3).toString("hex");
  const headline = `Night ferries return to the northern islands ${run}`;
  const p: Picks = await picks();
  const writer = await createStaff("WRITER");
  const editor = await createStaff("EDITOR");

  // The writer fills in every field of SPEC §4 and submits the story for review.
  const w = await staffPage(browser, writer, "/admin/articles/new");
  await expect(w.getByRole("heading", { name: "New article" })).toBeVisible();
  await w.getByLabel("Headline", { exact: true }).fill(headline);
  await expect(w.getByLabel("Slug", { exact: true })).toHaveValue(
    `night-ferries-return-to-the-northern-islands-${run}`,
  );
  await w
    .getByRole("textbox", { name: "Standfirst", exact: true })
    .fill("Three crossings a week resume after a winter without them.");
  await w.getByLabel("Rubric", { exact: true }).fill("Island life");
  await w.getByRole("combobox", { name: "Section", exact: true }).selectOption({ label: p.section.name });
  await w.getByRole("combobox", { name: "Type", exact: true }).selectOption({ label: "Story" });
  await w.getByRole("combobox", { name: "Add a tag" }).selectOption({ label: p.tag.name });
  await w.getByRole("combobox", { name: "Add an author" }).selectOption({ label: p.author.name });
  await w.getByRole("combobox", { name: "Hero image", exact: true }).selectOption({ index: 1 });
  await w.getByLabel("Caption", { exact: true }).fill("The night ferry leaving the harbour");
  await w.getByLabel("Credit", { exact: true }).fill("© Dateline / Newsroom");
  await w.getByLabel("SEO title", { exact: true }).fill("Night ferries return");
  await w.getByLabel("SEO description", { exact: true }).fill("Crossings resume three times a week.");
  await expect(w.getByLabel("Publish at", { exact: true })).toBeDisabled();

  const body = bodyEditor(w);
  await body.click();
  await w.keyboard.type("The first crossing left at ten past eleven.");
  await w.keyboard.press("Enter");
  await w.getByRole("button", { name: "Heading 2" }).click();
  await w.keyboard.type("What changes for islanders");
  await w.keyboard.press("Enter");
  await w.keyboard.type("Timetables are posted at every quay.");

  // Writers have no Publish, Schedule or Withdraw button at all.
  for (const name of ["Publish", "Schedule", "Withdraw"]) {
    await expect(w.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await w.getByRole("button", { name: "Submit for review" }).click();
  const id = await articleIdOf(w);
  await expect(w.getByText("Submitted for review", { exact: false }).first()).toBeVisible();

  // Preview: the story in the reader's chrome for staff; nothing of it for an anonymous reader,
  // even one asking at the same moment (S21).
  const [preview] = await Promise.all([w.waitForEvent("popup"), w.getByRole("button", { name: "Preview" }).click()]);
  await expect(preview.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 2, name: "What changes for islanders" })).toBeVisible();
  const previewPath = `/en/preview/${id}`;
  const [staffView, ...anonymous] = await Promise.all([
    w.request.get(previewPath, { maxRedirects: 0 }),
    ...Array.from({ length: 8 }, () => anonymousGet(previewPath)),
  ]);
  expect(staffView.status()).toBe(200);
  expect(await staffView.text()).toContain(headline);
  expect(staffView.headers()["cache-control"]).toMatch(/private/);
  expect(staffView.headers()["cache-control"]).toMatch(/no-store/);
  expect(await staffView.text()).toMatch(/<meta name="robots" content="noindex/);
  for (const response of anonymous) {
    expect(response.body).not.toContain(headline);
    expect(response.status).not.toBe(200);
  }
  expect((await anonymousGet(previewPath)).body).not.toContain(headline);

  // Listings the story will appear on, cached beforehand (the refresh must reach cached pages).
  const listings = [
    "/en",
    sectionPath("en", p.section.slug),
    tagPath("en", p.tag.slug),
    authorPath("en", p.author.slug),
  ];
  // Its future address too, predicted from today's date in the edition (a cached 404 until then).
  const predicted = `/en/${p.section.slug}/${zonedLocal(new Date(), p.timeZone).slice(0, 10).replaceAll("-", "")}-${slugify(headline)}`;
  expect((await anonymousGet(predicted)).status).toBe(404);
  for (const path of listings) {
    const before = await anonymousGet(path);
    expect(before.status, path).toBe(200);
    expect(before.body).not.toContain(headline);
  }

  // The editor finds it in review, held by the writer, and publishes it.
  const e = await staffPage(browser, editor, "/admin/articles?status=in-review");
  const row = e.getByRole("row").filter({ hasText: headline });
  await expect(row).toContainText("In review");
  await expect(row).toContainText(`Held by ${writer.name}`);
  await row.getByRole("link", { name: headline }).click();
  await expect(e.getByLabel("Headline", { exact: true })).toHaveValue(headline);
  await expect(e.getByLabel("Exclude from Google News")).toBeVisible();

  let since = await act(e, "Publish", "Published: readers see it now.");
  const link = e.getByRole("link", { name: "View on the site" });
  const articlePathV1 = (await link.getAttribute("href"))!;
  expect(articlePathV1).toMatch(
    new RegExp(`^/en/${p.section.slug}/\\d{8}-night-ferries-return-to-the-northern-islands-${run}$`),
  );
  expectAllWithin(
    await whenVisible(
      [articlePathV1, ...listings],
      (r) => r.status === 200 && r.body.includes(headline),
      since,
      BUDGET_MS,
    ),
    BUDGET_MS,
    "publish → visible",
  );

  // An update of the headline reaches every page within a second.
  const updated = `Night ferries are back for the northern islands ${run}`;
  await e.getByLabel("Headline", { exact: true }).fill(updated);
  await expect(e.getByLabel("Slug", { exact: true })).toHaveValue(articlePathV1.split("/").pop()!.slice(9));
  since = await act(e, "Publish", "Published: readers see it now.");
  expectAllWithin(
    await whenVisible(
      [articlePathV1, ...listings],
      (r) => r.status === 200 && r.body.includes(updated),
      since,
      BUDGET_MS,
    ),
    BUDGET_MS,
    "update → visible",
  );

  // A new slug moves the story: the old address answers 301 to the new one, at once.
  const newSlug = `night-ferries-back-${run}`;
  await e.getByLabel("Slug", { exact: true }).fill(newSlug);
  await act(e, "Publish", "Published: readers see it now.");
  const articlePathV2 = articlePathV1.replace(/-night-ferries-return-.*$/, `-${newSlug}`);
  await expect(link).toHaveAttribute("href", articlePathV2);
  const moved = await anonymousGet(articlePathV1);
  expect(moved.status).toBe(301);
  expect(new URL(moved.location ?? "", "http://reader.invalid").pathname).toBe(articlePathV2);
  expect((await anonymousGet(articlePathV2)).body).toContain(updated);

  // Withdrawn: 410 at its address (and the old one), gone from every listing within a second.
  await e.getByLabel("Withdrawal reason").fill("Published in error");
  since = await act(e, "Withdraw", "Withdrawn: its address now answers 410 Gone.");
  expect((await anonymousGet(articlePathV2)).status).toBe(410);
  expect((await anonymousGet(articlePathV1)).status).toBe(410);
  expectAllWithin(
    await whenVisible(listings, (r) => r.status === 200 && !r.body.includes(updated), since, BUDGET_MS),
    BUDGET_MS,
    "withdraw → gone from listings",
  );
});
