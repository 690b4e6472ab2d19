import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-2xl font-semibold text-brand-700">Readout</h1>
        <p className="mb-6 text-sm text-slate-600">Sign in to record, review and read meeting readouts.</p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm />
        </div>
      </div>
    </main>
  );
}
