import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { FormMessage } from "@/components/admin/FormMessage";
import { can } from "@/lib/auth/roles";
import { requireStaffPage } from "@/lib/auth/session";
import { getMedia } from "@/lib/newsroom/media";
import { updateMediaAction } from "../actions";

export const instant = false;

export const metadata: Metadata = { title: "Image" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FIELDS = [
  {
    name: "alt",
    label: "Alt text",
    maxLength: 300,
    hint: "What the picture shows, for readers who cannot see it.",
  },
  { name: "caption", label: "Caption", kind: "textarea", maxLength: 500 },
  { name: "credit", label: "Credit", maxLength: 200 },
] as const;

export default async function MediaDetailPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage("media:upload");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const media = await getMedia(staff, Number(id));
  if (!media) notFound();
  const { uploaded, duplicate } = await searchParams;
  const preview = media.renditions.find((r) => r.width >= 640) ?? media.renditions.at(-1);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/media" prefetch={false} className="underline">
          ← Media library
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Image #{media.id}</h1>
      {uploaded !== undefined && (
        <FormMessage tone="ok">Image uploaded. Describe it for readers who cannot see it.</FormMessage>
      )}
      {duplicate !== undefined && (
        <FormMessage tone="ok">This image is already in the library: here it is.</FormMessage>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <figure className="flex flex-col gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={preview?.src ?? media.src}
            alt={media.alt}
            width={media.width}
            height={media.height}
            className="h-auto w-full rounded border border-rule bg-wash"
          />
          <figcaption className="text-xs text-muted">
            {media.mimeType} · {media.width}×{media.height} · {Math.round(media.bytes / 1024)} KB · uploaded{" "}
            {media.uploadedBy ? `by ${media.uploadedBy} ` : ""}on {media.createdAt.slice(0, 10)}
          </figcaption>
        </figure>
        {can(staff.role, "media:edit") ? (
          <ActionForm
            action={updateMediaAction}
            fields={FIELDS}
            initial={{ alt: media.alt, caption: media.caption, credit: media.credit }}
            hidden={{ id: String(media.id) }}
            submitLabel="Save image details"
            title="Image details"
          />
        ) : (
          <dl className="text-sm">
            <dt className="font-semibold">Alt text</dt>
            <dd>{media.alt || "—"}</dd>
            <dt className="mt-2 font-semibold">Caption</dt>
            <dd>{media.caption || "—"}</dd>
            <dt className="mt-2 font-semibold">Credit</dt>
            <dd>{media.credit || "—"}</dd>
          </dl>
        )}
      </div>
      <section aria-labelledby="renditions" className="flex flex-col gap-2">
        <h2 id="renditions" className="text-lg font-semibold">
          Sizes
        </h2>
        <ul className="flex flex-wrap gap-3 text-sm">
          <li>
            <a href={media.src} className="underline">
              Original ({media.width}×{media.height})
            </a>
          </li>
          {media.renditions.map((r) => (
            <li key={r.src}>
              <a href={r.src} className="underline">
                {r.width}×{r.height} WebP
              </a>
            </li>
          ))}
        </ul>
      </section>
      {(media.heroOf.length > 0 || media.portraitOf.length > 0) && (
        <section aria-labelledby="used" className="flex flex-col gap-2">
          <h2 id="used" className="text-lg font-semibold">
            Used by
          </h2>
          <ul className="list-disc pl-5 text-sm">
            {media.heroOf.map((a) => (
              <li key={`a${a.id}`}>
                <Link href={`/admin/articles/${a.id}`} prefetch={false} className="underline">
                  {a.headline}
                </Link>{" "}
                (hero image)
              </li>
            ))}
            {media.portraitOf.map((a) => (
              <li key={`p${a.id}`}>
                <Link href={`/admin/authors/${a.id}`} prefetch={false} className="underline">
                  {a.name}
                </Link>{" "}
                (portrait)
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
