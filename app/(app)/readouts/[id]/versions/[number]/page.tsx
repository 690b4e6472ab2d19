import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { RetractionNotice } from "@/components/readout/retraction-notice";
import { requireReader } from "@/lib/auth/reader";
import { getRetraction } from "@/lib/dal/readout-versions";
import { getReadoutDocument } from "@/lib/dal/readout-documents";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Readout version" };

export default async function ReadoutVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  await requireReader();
  const { id, number } = await params;
  const version = parseWholeNumber(number, 1);
  if (version === null) notFound();
  const readout = await getReadoutDocument(id, version);
  if (!readout) {
    const retraction = await getRetraction(id, version);
    if (retraction) return <RetractionNotice retraction={retraction} />;
    notFound();
  }
  return <ReadoutArticle {...readout} handOffBody />;
}
