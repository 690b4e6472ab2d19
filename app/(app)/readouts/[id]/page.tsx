import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { requireUser } from "@/lib/auth/current-user";
import { getReadoutDocument } from "@/lib/dal/readout-documents";

export const metadata: Metadata = { title: "Readout" };

export default async function ReadoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("read:readout");
  const { id } = await params;
  const readout = await getReadoutDocument(id);
  if (!readout) notFound();
  return <ReadoutArticle {...readout} />;
}
