import { ForbiddenMessage } from "@/components/status-page";

export default function Forbidden() {
  return <ForbiddenMessage inLayout />;
}
