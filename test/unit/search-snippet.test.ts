import { describe, expect, it } from "vitest";
import { searchTerms } from "@/lib/search/query";
import { highlight, snippet, type Segment } from "@/lib/search/snippet";

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const plain = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("highlight", () => {
  it("marks whole words that match a term, whatever their case or accents", () => {
    const segments = highlight("Harbours of Café Élan reopen; the harbour master agrees", searchTerms("harbour cafe"));
    expect(marked(segments)).toEqual(["Harbours", "Café", "harbour"]);
    expect(plain(segments)).toBe("Harbours of Café Élan reopen; the harbour master agrees");
  });

  it("matches short terms as whole words only", () => {
    expect(marked(highlight("To the town, too", searchTerms("to")))).toEqual(["To"]);
  });

  it("keeps markup-looking text as text", () => {
    const segments = highlight("<script>alert(1)</script> ferry", searchTerms("script ferry"));
    expect(plain(segments)).toBe("<script>alert(1)</script> ferry");
    expect(marked(segments)).toEqual(["script", "script", "ferry"]);
  });
});

describe("snippet", () => {
  const words = Array.from({ length: 100 }, (_, i) => `word${i}`);

  it("cuts about thirty words around the first match, with ellipses", () => {
    const text = [...words.slice(0, 50), "harbour", ...words.slice(50)].join(" ");
    const segments = snippet(text, searchTerms("harbour"))!;
    expect(marked(segments)).toEqual(["harbour"]);
    const shown = plain(segments);
    expect(shown.startsWith("… word42 ")).toBe(true);
    expect(shown.endsWith(" …")).toBe(true);
    expect(shown.split(" ").filter((w) => /\w/.test(w)).length).toBe(30);
  });

  it("shows short text whole", () => {
    expect(plain(snippet("The harbour reopens.", searchTerms("harbour"))!)).toBe("The harbour reopens.");
  });

  it("gives null when nothing matches", () => {
    expect(snippet("Nothing to see", searchTerms("harbour"))).toBeNull();
  });
});
