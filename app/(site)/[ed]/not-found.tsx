import { NotFoundMessage } from "@/components/site/NotFoundMessage";

export default function EditionNotFound() {
  return <NotFoundMessage />;
}
