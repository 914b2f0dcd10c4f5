// The search box of a newsroom list: a GET form, so results have an address and need no JavaScript.

interface AdminSearchProps {
  action: string;
  label: string;
  q: string;
}

export function AdminSearch({ action, label, q }: AdminSearchProps) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {label}
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          className="w-72 rounded border border-rule bg-paper px-2 py-1.5 font-normal"
        />
      </label>
      <button type="submit" className="rounded border border-ink px-3 py-1.5 text-sm font-semibold">
        Search
      </button>
    </form>
  );
}
