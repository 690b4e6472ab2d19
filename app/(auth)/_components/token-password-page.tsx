import Link from "next/link";
import { peekToken } from "@/lib/users/passwords";
import { AuthCard } from "./auth-card";
import { SetPasswordForm } from "./set-password-form";

/** The page behind an invitation or password-reset link. */
export async function TokenPasswordPage({ kind, title, token }: { kind: "invitation" | "password_reset"; title: string; token: string }) {
  const owner = await peekToken(kind, token);
  if (!owner) {
    return (
      <AuthCard title="This link no longer works" intro="It has expired or has already been used. Ask an admin for a new one.">
        <Link href="/sign-in" className="text-brand-700 underline">Go to sign-in</Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} intro={<>Set a password for <strong>{owner.email}</strong>.</>}>
      <SetPasswordForm kind={kind} token={token} email={owner.email} />
    </AuthCard>
  );
}
