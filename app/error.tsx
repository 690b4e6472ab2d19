"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        Readout could not complete that request. If the database is unavailable, try again in a moment.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-sm text-white">
        Try again
      </button>
    </main>
  );
}
