import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { RetractionNotice } from "@/components/readout/retraction-notice";
import { requireReader } from "@/lib/auth/reader";
import { getRetraction } from "@/lib/dal/readout-versions";
import { getReadoutDocument } from "@/lib/dal/readout-documents";

export const metadata: Metadata = { title: "Readout" };

export default async function ReadoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireReader();
  const { id } = await params;
  const readout = await getReadoutDocument(id);
  if (!readout) {
    const retraction = await getRetraction(id);
    if (retraction) return <RetractionNotice retraction={retraction} />;
    notFound();
  }
  return <ReadoutArticle {...readout} handOffBody />;
}
