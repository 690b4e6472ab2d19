import type { Metadata } from "next";
import Link from "next/link";
import { peekToken } from "@/lib/users/passwords";
import { AuthCard } from "../../_components/auth-card";
import { SetPasswordForm } from "../../_components/set-password-form";

export const metadata: Metadata = { title: "Welcome to Readout", referrer: "no-referrer" };

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const owner = await peekToken("invitation", token);
  if (!owner) {
    return (
      <AuthCard title="This link no longer works" intro="It has expired or has already been used. Ask an admin for a new one.">
        <Link href="/sign-in" className="text-brand-700 underline">Go to sign-in</Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Welcome to Readout" intro={<>Set a password for <strong>{owner.email}</strong>.</>}>
      <SetPasswordForm kind="invitation" token={token} email={owner.email} />
    </AuthCard>
  );
}
