import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { listStuckMail } from "@/lib/dal/mail-jobs";
import { listUsers } from "@/lib/dal/users";
import { formatDateTime } from "@/lib/format";
import { pageCount, parsePage } from "@/lib/pagination";
import { CreateUserForm } from "./_components/create-user-form";
import { StuckMailList } from "./_components/stuck-mail";
import { UserRow } from "./_components/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const me = await requireUser("manage:user:any");
  const page = parsePage((await searchParams).page);
  const [{ items, total }, stuckMail] = await Promise.all([listUsers(page), listStuckMail()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <StuckMailList jobs={stuckMail} />
      <CreateUserForm />
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Accounts">
        {items.map((u) => (
          <UserRow
            key={`${u.id}-${u.role}-${u.active}`}
            isSelf={u.id === me.id}
            user={{ id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, hasPassword: u.hasPassword, lastSeen: u.lastSeenAt ? formatDateTime(u.lastSeenAt) : "" }}
          />
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount(total)} basePath="/admin/users" />
    </div>
  );
}
