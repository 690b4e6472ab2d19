import { getReadoutDocument } from "@/lib/dal/readout-documents";
import { handleReaderRoute } from "@/lib/http/reader-route";
import { idParam, notFound } from "@/lib/http/route-errors";
import { readoutJson } from "@/lib/readouts/to-json";

/** GET /api/v1/readouts/:id: the published version of one readout. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleReaderRoute(request, "bearer", async () => {
    const readout = await getReadoutDocument(idParam((await params).id));
    if (!readout) notFound();
    return Response.json({ data: readoutJson(readout.document) }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
