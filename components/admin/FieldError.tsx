/** The message under a form field that was refused, linked to it by `id` (aria-describedby). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-brand-dark">
      {message}
    </p>
  );
}
