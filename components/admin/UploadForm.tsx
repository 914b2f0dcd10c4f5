import { FieldError } from "./FieldError";

// The media upload form: a plain multipart post to a route handler (app/admin/(newsroom)/media/upload),
// which answers with a redirect back, so it works without JavaScript. A refusal comes back as a
// message under the file field.

interface UploadFormProps {
  error?: string;
  maxLabel: string;
}

export function UploadForm({ error, maxLabel }: UploadFormProps) {
  return (
    <form
      id="upload"
      action="/admin/media/upload"
      method="post"
      encType="multipart/form-data"
      aria-label="Upload an image"
      className="flex flex-col gap-2 rounded border border-rule bg-paper p-4"
    >
      <label htmlFor="upload-file" className="text-sm font-semibold">
        Image file
      </label>
      <input
        id="upload-file"
        type="file"
        name="file"
        required
        accept="image/jpeg,image/png,image/webp,image/avif"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "upload-hint upload-error" : "upload-hint"}
        className="text-sm"
      />
      <p id="upload-hint" className="text-xs text-muted">
        JPEG, PNG, WebP or AVIF, at most {maxLabel}. The type is read from the file itself, not its name.
      </p>
      <FieldError id="upload-error" message={error} />
      <button
        type="submit"
        className="self-start rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted"
      >
        Upload
      </button>
    </form>
  );
}
