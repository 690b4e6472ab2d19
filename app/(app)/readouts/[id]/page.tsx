import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { RetractionNotice } from "@/components/readout/retraction-notice";
import { requireUser } from "@/lib/auth/current-user";
import { getRetraction } from "@/lib/dal/readout-versions";
import { getReadout, listPublishedVersions } from "@/lib/dal/readouts";

export const metadata: Metadata = { title: "Readout" };

export default async function ReadoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("read:readout");
  const { id } = await params;
  const readout = await getReadout(id);
  if (!readout) {
    const retraction = await getRetraction(id);
    if (retraction) return <RetractionNotice retraction={retraction} />;
    notFound();
  }
  return <ReadoutArticle {...readout} versions={await listPublishedVersions(id)} />;
}
