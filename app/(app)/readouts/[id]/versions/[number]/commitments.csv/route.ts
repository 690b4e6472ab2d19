import { exportReadoutDocument } from "@/lib/dal/readout-documents";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { commitmentsCsv, documentCommitmentRows } from "@/lib/readouts/export-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const document = await exportReadoutDocument(id, number, "csv");
    return download(commitmentsCsv(documentCommitmentRows(document)), "text/csv; charset=utf-8", `commitments-${id}-v${number}.csv`);
  });
}
