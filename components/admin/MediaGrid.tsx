import Link from "next/link";
import type { MediaRow } from "@/lib/newsroom/media";

// The media library as a grid of thumbnails, each with its alt text (or a warning that it has none).

export function MediaGrid({
  items,
}: {
  items: Pick<MediaRow, "id" | "thumbnail" | "alt" | "width" | "height" | "credit">[];
}) {
  if (items.length === 0) return <p className="text-muted">No images found.</p>;
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" aria-label="Images">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-1 rounded border border-rule bg-paper p-2">
          <Link href={`/admin/media/${item.id}`} prefetch={false} className="flex flex-col gap-1 hover:text-brand">
            {/* Plain img: the thumbnail is already a small rendition, and the admin needs no loader. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={item.thumbnail}
              alt={item.alt}
              width={320}
              height={Math.max(1, Math.round((320 * item.height) / Math.max(1, item.width)))}
              loading="lazy"
              className="aspect-[4/3] w-full rounded bg-wash object-cover"
            />
            <span className="text-sm">
              {item.alt || <span className="font-semibold text-brand-dark">No alt text yet</span>}
            </span>
          </Link>
          <span className="text-xs text-muted">
            #{item.id} · {item.width}×{item.height}
            {item.credit ? ` · ${item.credit}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
