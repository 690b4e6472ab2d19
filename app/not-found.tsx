import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">The page does not exist, or it is not available to you.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        Go to the home page
      </Link>
    </main>
  );
}
