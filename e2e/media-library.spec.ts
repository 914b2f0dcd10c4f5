// The media library as an editor uses it (SPEC §4, SECURITY S16): upload a real image through the
// form, describe it, see clear refusals for files that are not accepted images, and the served
// file's headers.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

let editor: TestStaff;

test.beforeAll(async () => {
  editor = await createStaff("EDITOR");
});

test.beforeEach(async ({ page }) => {
  await signIn(page, editor);
});

/** A JPEG no earlier run uploaded (the library keeps one entry per distinct file). */
async function freshJpeg(): Promise<Buffer> {
  const [r, g, b] = Array.from(crypto.randomBytes(3));
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: r!, g: g!, b: b! } } })
    .jpeg()
    .toBuffer();
}

test("an uploaded image gets its sizes, is described, and is served with safe headers", async ({ page, request }) => {
  await page.goto("/admin/media");
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "Quay at dawn.jpg", mimeType: "image/jpeg", buffer: await freshJpeg() });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Image #\d+/ })).toBeVisible();
  await expect(page.getByText("Image uploaded.")).toBeVisible();
  const id = Number(/\/admin\/media\/(\d+)/.exec(page.url())?.[1]);
  const row = await e2eDb().media.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ mimeType: "image/jpeg", width: 1200, height: 800 });
  expect((row.sizes as unknown[]).length).toBeGreaterThan(2);

  await page.getByLabel("Alt text").fill("Cranes on the north quay at dawn");
  await page.getByLabel("Caption").fill("The harbour before the first ferry");
  await page.getByLabel("Credit").fill("Dateline / Test");
  await page.getByRole("button", { name: "Save image details" }).click();
  await expect(page.getByRole("status")).toHaveText("Image details saved.");
  await expect
    .poll(async () => (await e2eDb().media.findUniqueOrThrow({ where: { id } })).alt)
    .toBe("Cranes on the north quay at dawn");

  await page.goto("/admin/media?q=north+quay");
  await expect(page.getByRole("img", { name: "Cranes on the north quay at dawn" })).toBeVisible();

  const served = await request.get(`/media/${row.file}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const rendition = await request.get(`/media/${(row.sizes as { file: string }[])[0]!.file}`);
  expect(rendition.headers()["content-type"]).toBe("image/webp");
});

test.describe("refused uploads say why, beside the file field", () => {
  const cases: [string, () => Promise<{ name: string; mimeType: string; buffer: Buffer }>, RegExp][] = [
    [
      "an SVG",
      async () => ({
        name: "logo.svg",
        mimeType: "image/svg+xml",
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
      }),
      /SVG images are not accepted/,
    ],
    [
      "HTML named .jpg",
      async () => ({
        name: "photo.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
      }),
      /not an image Dateline accepts/,
    ],
    [
      "a truncated JPEG",
      async () => ({ name: "cut.jpg", mimeType: "image/jpeg", buffer: (await freshJpeg()).subarray(0, 200) }),
      /cannot be read/,
    ],
    [
      "a file over the size limit",
      async () => ({
        name: "huge.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.concat([await freshJpeg(), Buffer.alloc(9 * 1024 * 1024)]),
      }),
      /larger than 8 MB/,
    ],
  ];
  for (const [label, make, message] of cases) {
    test(label, async ({ page }) => {
      const before = await e2eDb().media.count();
      await page.goto("/admin/media");
      await page.getByLabel("Image file").setInputFiles(await make());
      await page.getByRole("button", { name: "Upload" }).click();
      await expect(page).toHaveURL(/\/admin\/media\?error=/);
      const field = page.getByLabel("Image file");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#upload-error")).toHaveText(message);
      expect(await e2eDb().media.count()).toBe(before);
    });
  }
});

test("the media route refuses path traversal and anything that is not a stored image", async ({ request }) => {
  for (const path of [
    "/media/..%2f..%2fpackage.json",
    "/media/../../etc/passwd",
    "/media/%2e%2e/dateline.db",
    "/media/x.html",
    "/media/nothing.jpg",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"] ?? "", path).not.toMatch(/html/);
  }
});
