import { exportReadoutVersion } from "@/lib/dal/exports";
import { readoutPath } from "@/lib/readouts/paths";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { readoutMarkdown } from "@/lib/readouts/export-markdown";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const { revision } = await exportReadoutVersion(id, number, "markdown");
    const url = new URL(readoutPath(id, revision.number), request.url).toString();
    return download(readoutMarkdown(revision, url), "text/markdown; charset=utf-8", `readout-${id}-v${number}.md`);
  });
}
