import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNext } from "@/lib/http/safe-next";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ password?: string; next?: string }> }) {
  const query = await searchParams;
  const next = safeNext(query.next);
  if (await getCurrentUser()) redirect(next);
  const passwordSet = query.password === "set";
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-2xl font-semibold text-brand-700">Readout</h1>
        <p className="mb-6 text-sm text-slate-600">Sign in to record, review and read meeting readouts.</p>
        {passwordSet ? (
          <div className="mb-4">
            <Alert tone="success">Your password is set. Sign in with it now.</Alert>
          </div>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm next={next} />
        </div>
        <p className="mt-4 text-center text-sm">
          <Link href="/forgot-password" className="text-brand-700 underline">
            Forgot your password?
          </Link>
        </p>
      </div>
    </main>
  );
}
