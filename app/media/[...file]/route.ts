import { readMediaFile } from "@/lib/media/files";

// Uploaded images and their renditions. File names carry a content hash, so they never change:
// browsers and CDNs may keep them for a year. Served only with the image type checked at upload.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const { file } = await params;
  const media = await readMediaFile(file.join("/"));
  if (!media) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(new Uint8Array(media.body), {
    headers: {
      "Content-Type": media.contentType,
      "Content-Length": String(media.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
