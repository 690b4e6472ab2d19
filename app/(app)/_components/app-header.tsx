import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { countUnreadNotifications } from "@/lib/dal/notifications";
import { signOutAction } from "../actions";

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/meetings", label: "Meetings", permission: "read:meeting:any" },
  { href: "/review", label: "Review queue", permission: "review:meeting:any" },
  { href: "/readouts", label: "Readouts", permission: "read:readout" },
  { href: "/ledger", label: "Ledger", permission: "read:readout" },
  { href: "/admin/users", label: "Users", permission: "manage:user:any" },
  { href: "/admin/rates", label: "Rates", permission: "manage:ledger:any" },
  { href: "/admin/audit", label: "Audit log", permission: "read:audit:any" },
  { href: "/admin/parties", label: "Parties", permission: "manage:ledger:any" },
  { href: "/admin/settings", label: "Settings", permission: "manage:setting:any" },
];

/** `user` is null for the anonymous reader (public reading on): reader links and a sign-in link. */
export function AppHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={user ? "/" : "/readouts"} className="text-lg font-semibold text-brand-700">
          Readout
        </Link>
        <nav aria-label="Main" className="flex flex-1 gap-1">
          {NAV.filter((item) => can(user ?? { anonymous: true }, item.permission)).map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
              {item.label}
            </Link>
          ))}
        </nav>
        {user ? <SignedIn user={user} /> : (
          <Link href="/sign-in" className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}

function SignedIn({ user }: { user: CurrentUser }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/notifications" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
        Notifications
        <UnreadCount />
      </Link>
      <span className="text-slate-600">
        <Link href="/account" className="font-medium text-slate-800 hover:underline">
          {user.name}
        </Link>{" "}
        · {ROLE_LABELS[user.role]}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-slate-700 underline-offset-2 hover:underline">
          Sign out
        </button>
      </form>
    </div>
  );
}

// Its own async component, so the count is read while the page reads what it shows, not before.
async function UnreadCount() {
  const unread = await countUnreadNotifications();
  if (unread === 0) return null;
  return (
    <span className="ml-1 rounded-full bg-brand-700 px-1.5 py-0.5 text-xs text-white">
      {unread}
      <span className="sr-only"> unread</span>
    </span>
  );
}
