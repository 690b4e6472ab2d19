export function AuthCard({ title, intro, children }: { title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="mb-1 text-sm font-semibold text-brand-700">Readout</p>
        <h1 className="mb-1 text-2xl font-semibold">{title}</h1>
        {intro ? <div className="mb-6 text-sm text-slate-600">{intro}</div> : null}
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
