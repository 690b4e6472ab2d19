import { EmptyState } from "@/components/ui/empty-state";
import { listOwnAccessTokens } from "@/lib/dal/access-tokens";
import { formatDate, formatDateTime } from "@/lib/format";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

/** The signed-in person's personal access tokens, for the API (Bearer) and the Atom feed (?token=). */
export async function AccessTokens() {
  const tokens = await listOwnAccessTokens();
  const now = new Date();
  return (
    <section aria-labelledby="tokens" className="max-w-4xl space-y-3">
      <h2 id="tokens" className="font-semibold">Personal access tokens</h2>
      <p className="text-sm text-slate-600">
        A token lets a script or a feed reader read published readouts and the ledger as you, through the API
        (<code>Authorization: Bearer &lt;token&gt;</code>) or the Atom feed (<code>/readouts/feed.atom?token=&lt;token&gt;</code>).
        It never sees drafts, can do no more than your role allows at the time, and stops when revoked, when it expires or
        when your account is deactivated.
      </p>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <EmptyState title="You have no tokens." />
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
          <caption className="sr-only">Your tokens</caption>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Starts with</th>
              <th scope="col" className="px-3 py-2">Created</th>
              <th scope="col" className="px-3 py-2">Last used</th>
              <th scope="col" className="px-3 py-2">Expires</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Revoke</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((t) => (
              <tr key={t.id}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium">{t.name}</th>
                <td className="px-3 py-1.5 font-mono">{t.prefix}…</td>
                <td className="px-3 py-1.5">{formatDate(t.createdAt)}</td>
                <td className="px-3 py-1.5">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
                <td className="px-3 py-1.5">{t.expiresAt <= now ? <strong>expired {formatDate(t.expiresAt)}</strong> : formatDate(t.expiresAt)}</td>
                <td className="px-3 py-1.5 text-right"><RevokeTokenButton tokenId={t.id} name={t.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
