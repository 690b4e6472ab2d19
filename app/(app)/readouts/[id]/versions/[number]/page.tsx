import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { RetractionNotice } from "@/components/readout/retraction-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getRetraction } from "@/lib/dal/readout-versions";
import { getPublishedVersion, listPublishedVersions } from "@/lib/dal/readouts";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Readout version" };

export default async function ReadoutVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  await requireUser("read:readout");
  const { id, number } = await params;
  const version = parseWholeNumber(number, 1);
  if (version === null) notFound();
  const readout = await getPublishedVersion(id, version);
  if (!readout) {
    const retraction = await getRetraction(id, version);
    if (retraction) return <RetractionNotice retraction={retraction} />;
    notFound();
  }
  return <ReadoutArticle {...readout} versions={await listPublishedVersions(id)} />;
}
