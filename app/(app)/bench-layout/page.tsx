import { requireBenchPage } from "@/lib/http/bench-routes";

// The bare page inside the signed-in app's layout (header, session, unread count): what that layout costs (npm run bench).
export default async function BenchLayoutPage() {
  requireBenchPage();
  return (
    <>
      <h1>Bare page in the app&apos;s layout</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </>
  );
}
