import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { requireReader } from "@/lib/auth/reader";
import { getReadout, listPublishedVersions } from "@/lib/dal/readouts";

export const metadata: Metadata = { title: "Readout" };

export default async function ReadoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireReader();
  const { id } = await params;
  const readout = await getReadout(id);
  if (!readout) notFound();
  return <ReadoutArticle {...readout} versions={await listPublishedVersions(id)} />;
}
