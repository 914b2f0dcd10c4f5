interface ShareLinksProps {
  /** The article's absolute canonical URL. */
  url: string;
  headline: string;
}

/** Plain links to each network's share page: no third-party script, no tracking. */
export function ShareLinks({ url, headline }: ShareLinksProps) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(headline);
  const targets = [
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${t}%20${u}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${t}%20${u}` },
  ];
  return (
    <nav aria-label="Share this story" className="flex flex-wrap items-center gap-3 text-sm">
      <span className="font-semibold">Share:</span>
      {targets.map((target) => (
        <a
          key={target.name}
          href={target.href}
          rel="noopener noreferrer"
          target={target.name === "Email" ? undefined : "_blank"}
          className="underline hover:text-brand"
        >
          {target.name}
        </a>
      ))}
    </nav>
  );
}
