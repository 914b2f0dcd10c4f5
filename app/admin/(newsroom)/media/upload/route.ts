import { signInPath } from "@/lib/auth/admin-paths";
import { AuthError, requireStaff } from "@/lib/auth/session";
import { MAX_UPLOAD_BYTES, uploadMedia, type UploadErrorCode } from "@/lib/newsroom/media";
import { assertSameOrigin, ForeignOriginError } from "@/lib/security/origin";

// The upload form posts here rather than to a server action: an image is larger than a server
// action's body limit, and an oversize request must be refused from its Content-Length before any
// of it is read. A plain form post works without JavaScript; the answer is a 303 back to a page
// that shows the outcome (the new image, or the refusal beside the file field).

/** Room for the multipart boundaries and the other fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

// A relative Location: the browser resolves it against the address it posted to, whatever host name
// the site is reached under.
const back = (path: string) =>
  new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "private, no-store" } });

const refused = (code: UploadErrorCode) => back(`/admin/media?error=${code}#upload`);

export async function POST(request: Request): Promise<Response> {
  try {
    const staff = await requireStaff("media:upload");
    assertSameOrigin(request.headers);

    const length = Number(request.headers.get("content-length") ?? NaN);
    if (!Number.isFinite(length)) {
      return new Response("Length required", { status: 411, headers: { "Cache-Control": "private, no-store" } });
    }
    if (length > MAX_UPLOAD_BYTES + FORM_OVERHEAD) return refused("too-large");

    let file: FormDataEntryValue | null;
    try {
      file = (await request.formData()).get("file");
    } catch {
      return refused("empty");
    }
    if (!(file instanceof File)) return refused("empty");

    const result = await uploadMedia(staff, file);
    if (!result.ok) return refused(result.code);
    return back(`/admin/media/${result.id}?${result.duplicate ? "duplicate" : "uploaded"}=1`);
  } catch (error) {
    if (error instanceof AuthError && error.status === 401) return back(signInPath("/admin/media"));
    if (error instanceof AuthError || error instanceof ForeignOriginError) {
      return new Response("Refused: your role cannot upload images, or the request did not come from this site.", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
      });
    }
    throw error;
  }
}
