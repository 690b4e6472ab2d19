import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { requireReader } from "@/lib/auth/reader";
import { getReadoutDocument } from "@/lib/dal/readout-documents";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Readout version" };

export default async function ReadoutVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  await requireReader();
  const { id, number } = await params;
  const version = parseWholeNumber(number, 1);
  if (version === null) notFound();
  const readout = await getReadoutDocument(id, version);
  if (!readout) notFound();
  return <ReadoutArticle {...readout} />;
}
