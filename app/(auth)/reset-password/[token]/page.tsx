import type { Metadata } from "next";
import Link from "next/link";
import { peekToken } from "@/lib/users/passwords";
import { AuthCard } from "../../_components/auth-card";
import { SetPasswordForm } from "../../_components/set-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const owner = await peekToken("password_reset", token);
  if (!owner) {
    return (
      <AuthCard title="This link no longer works" intro="It has expired or has already been used. Ask an admin for a new one.">
        <Link href="/sign-in" className="text-brand-700 underline">Go to sign-in</Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro={<>Set a password for <strong>{owner.email}</strong>.</>}>
      <SetPasswordForm kind="password_reset" token={token} email={owner.email} />
    </AuthCard>
  );
}
