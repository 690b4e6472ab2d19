import { exportReadoutVersion } from "@/lib/dal/exports";
import { download, handleRoute } from "@/lib/http/route-errors";
import { commitmentsCsv } from "@/lib/readouts/export-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  return handleRoute(async () => {
    const { id, number } = await params;
    const { revision } = await exportReadoutVersion(id, Number(number), "csv");
    const rows = revision.commitments.map((c) => ({ ...c, meetingTitle: revision.title, meetingDate: revision.startsAt, version: revision.number }));
    return download(commitmentsCsv(rows), "text/csv; charset=utf-8", `commitments-${id}-v${number}.csv`);
  });
}
