import type { Metadata } from "next";
import Link from "next/link";
import { ANONYMOUS_LIMIT } from "@/lib/auth/reader-throttle";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Too many requests" };

/** Where an address past its share of anonymous reading is sent (lib/auth/reader.ts). */
export default async function TooManyRequests({ searchParams }: { searchParams: Promise<{ wait?: string }> }) {
  const wait = parseWholeNumber((await searchParams).wait, 1, ANONYMOUS_LIMIT.windowSeconds) ?? ANONYMOUS_LIMIT.windowSeconds;
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">429</p>
      <h1 className="mt-2 text-2xl font-semibold">Too many requests</h1>
      <p className="mt-2 text-slate-600">
        Readers who are not signed in may open {ANONYMOUS_LIMIT.requests} pages a minute from one address, and this address has had
        its share. Try again in {wait} {wait === 1 ? "second" : "seconds"}, or sign in.
      </p>
      <Link href="/sign-in" className="mt-6 inline-block text-brand-700 hover:underline">
        Sign in
      </Link>
    </main>
  );
}
