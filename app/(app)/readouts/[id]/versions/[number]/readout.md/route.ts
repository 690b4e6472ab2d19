import { exportReadoutDocument } from "@/lib/dal/readout-documents";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { readoutMarkdown } from "@/lib/readouts/export-markdown";
import { permanentLink } from "@/lib/readouts/paths";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const document = await exportReadoutDocument(id, number, "markdown");
    return download(readoutMarkdown(document, permanentLink(document.permalink)), "text/markdown; charset=utf-8", `readout-${id}-v${number}.md`);
  });
}
