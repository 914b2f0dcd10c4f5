// The media library as an editor uses it (SPEC §4, SECURITY S16): upload a real image through the
// form, describe it, see clear refusals for files that are not accepted images, and the served
// file's headers.
import crypto from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { E2E } from "./support/constants";
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
  // The upload's own message stays on the page beside this one.
  await expect(page.getByRole("status").filter({ hasText: "Image details saved." })).toHaveText("Image details saved.");
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

/** A GET with the path sent exactly as written (browsers and Playwright would resolve `..` first). */
function rawGet(path: string): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: E2E.port, path }, (response) => {
        let body = "";
        response.setEncoding("latin1");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, contentType: response.headers["content-type"] ?? "", body }),
        );
      })
      .on("error", reject);
  });
}

test("the media route refuses path traversal and anything that is not a stored image", async () => {
  // [path as an attacker sends it, whether the server still routes it to /media/ after resolving `..`]
  const cases: [string, boolean][] = [
    ["/media/..%2f..%2fpackage.json", true],
    ["/media/..%5c..%5cpackage.json", true],
    ["/media/2026/..%2f..%2fdateline.db", true],
    ["/media/x.html", true],
    ["/media/nothing.jpg", true],
    ["/media/../../etc/passwd", false],
    ["/media/%2e%2e/dateline.db", false],
    ["/media/%2e%2e/%2e%2e/package.json", false],
  ];
  for (const [path, mediaRoute] of cases) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(404);
    // No file from outside the library, whichever route answered.
    expect(response.body, path).not.toMatch(/root:x:0:0|SQLite format 3|"dependencies"/);
    // The media route never answers with HTML; an address that resolves outside /media/ gets the
    // site's own 404 page, which is HTML.
    if (mediaRoute) expect(response.contentType, path).not.toMatch(/html/);
  }
});
