import type { ReactNode } from "react";

// The outcome of a newsroom form: a confirmation (announced politely) or a refusal (announced at once).

interface FormMessageProps {
  tone: "ok" | "error";
  children: ReactNode;
}

export function FormMessage({ tone, children }: FormMessageProps) {
  return tone === "ok" ? (
    <p
      role="status"
      className="rounded border border-green-800 bg-green-50 px-3 py-2 text-sm font-semibold text-green-900"
    >
      {children}
    </p>
  ) : (
    <p
      role="alert"
      className="rounded border border-brand-dark bg-red-50 px-3 py-2 text-sm font-semibold text-brand-dark"
    >
      {children}
    </p>
  );
}
