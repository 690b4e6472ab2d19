import { NotFoundMessage } from "@/components/status-page";

export default function NotFound() {
  return <NotFoundMessage inLayout />;
}
