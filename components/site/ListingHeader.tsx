interface ListingHeaderProps {
  /** What kind of listing this is, e.g. "Topic"; shown above the title. */
  label?: string;
  title: string;
  description: string;
}

export function ListingHeader({ label, title, description }: ListingHeaderProps) {
  return (
    <header className="mb-8 border-b-4 border-ink pb-4">
      {label && <p className="text-sm font-bold uppercase tracking-wide text-brand">{label}</p>}
      <h1 className="font-serif text-4xl font-bold">{title}</h1>
      {description && <p className="mt-2 max-w-3xl text-lg text-muted">{description}</p>}
    </header>
  );
}
