import type { Metadata } from "next";
import { AdminPager } from "@/components/admin/AdminPager";
import { AdminSearch } from "@/components/admin/AdminSearch";
import { MediaGrid } from "@/components/admin/MediaGrid";
import { UploadForm } from "@/components/admin/UploadForm";
import { requireStaffPage } from "@/lib/auth/session";
import { listMedia, MAX_UPLOAD_LABEL, UPLOAD_ERRORS, type UploadErrorCode } from "@/lib/newsroom/media";
import { safePage } from "@/lib/newsroom/taxonomy";

export const instant = false;

export const metadata: Metadata = { title: "Media library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function MediaLibraryPage({ searchParams }: Props) {
  const staff = await requireStaffPage("media:upload");
  const params = await searchParams;
  const q = one(params.q).trim().slice(0, 100);
  const code = one(params.error);
  const error = code in UPLOAD_ERRORS ? UPLOAD_ERRORS[code as UploadErrorCode] : undefined;
  const list = await listMedia(staff, safePage(params.page), q);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">Media library</h1>
      <UploadForm error={error} maxLabel={MAX_UPLOAD_LABEL} />
      <AdminSearch action="/admin/media" label="Search alt text, captions, credits, file names" q={q} />
      <p className="text-sm text-muted">
        {list.total} image{list.total === 1 ? "" : "s"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <MediaGrid items={list.items} />
      <AdminPager base="/admin/media" page={list.page} totalPages={list.totalPages} q={q} />
    </div>
  );
}
