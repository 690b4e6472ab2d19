import { exportReadoutVersion } from "@/lib/dal/exports";
import { readoutPath } from "@/lib/readouts/paths";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { readoutPdf } from "@/lib/readouts/export-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const { revision } = await exportReadoutVersion(id, number, "pdf");
    const url = new URL(readoutPath(id, revision.number), request.url).toString();
    return download(new Uint8Array(await readoutPdf(revision, url)), "application/pdf", `readout-${id}-v${number}.pdf`);
  });
}
