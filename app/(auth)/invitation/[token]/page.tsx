import type { Metadata } from "next";
import { TokenPasswordPage } from "../../_components/token-password-page";

export const metadata: Metadata = { title: "Welcome to Readout", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  return <TokenPasswordPage kind="invitation" title="Welcome to Readout" token={(await params).token} />;
}
