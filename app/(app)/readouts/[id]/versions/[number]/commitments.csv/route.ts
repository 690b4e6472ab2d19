import { exportReadoutVersion } from "@/lib/dal/exports";
import { download, handleRoute, idParam, versionParam } from "@/lib/http/route-errors";
import { commitmentRows, commitmentsCsv } from "@/lib/readouts/export-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const raw = await params;
    const [id, number] = [idParam(raw.id), versionParam(raw.number)];
    const { revision } = await exportReadoutVersion(id, number, "csv");
    return download(commitmentsCsv(commitmentRows(revision)), "text/csv; charset=utf-8", `commitments-${id}-v${number}.csv`);
  });
}
