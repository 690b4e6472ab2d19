import { requireBenchPage } from "@/lib/http/bench-routes";

// A dynamic page with nothing in it: what a render of this build costs before any work (npm run bench).
export default async function BenchPage() {
  requireBenchPage();
  return (
    <main id="main" className="p-4">
      <h1>Bare page</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </main>
  );
}
