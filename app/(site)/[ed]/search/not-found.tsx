import { SearchRefused } from "@/components/search/SearchRefused";

// A search the page refuses (an absurdly long query, a malformed or missing page) answers 404 with
// this explanation inside the edition's chrome, rather than the generic "not found" page.
export default function SearchNotFound() {
  return <SearchRefused />;
}
