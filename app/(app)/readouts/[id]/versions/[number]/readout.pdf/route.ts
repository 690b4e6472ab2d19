import { exportReadoutDocument } from "@/lib/dal/readout-documents";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { readoutPdf } from "@/lib/readouts/export-pdf";
import { permanentLink } from "@/lib/readouts/paths";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const document = await exportReadoutDocument(id, number, "pdf");
    return download(new Uint8Array(await readoutPdf(document, permanentLink(document.permalink))), "application/pdf", `readout-${id}-v${number}.pdf`);
  });
}
