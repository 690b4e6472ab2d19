import type { Metadata } from "next";
import { TokenPasswordPage } from "../../_components/token-password-page";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  return <TokenPasswordPage kind="password_reset" title="Choose a new password" token={(await params).token} />;
}
