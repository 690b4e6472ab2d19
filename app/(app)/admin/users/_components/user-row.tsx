"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction, resetLinkAction, setActiveAction } from "../actions";
import { LinkNotice } from "./link-notice";

type User = { id: string; name: string; email: string; role: Role; active: boolean; hasPassword: boolean; lastSeen: string };

/** One account with its role, state and actions; each change is checked again on the server. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [roleResult, roleAction] = useActionState(changeRoleAction, null);
  const [activeResult, activeAction] = useActionState(setActiveAction, null);
  const [resetResult, resetAction] = useActionState(resetLinkAction, null);
  const error = [roleResult, activeResult, resetResult].find((r) => r && !r.ok);
  return (
    <li className={`space-y-2 px-4 py-3 ${user.active ? "" : "bg-slate-50 text-slate-500"}`}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-48 flex-1">
          <p className="font-medium">
            {user.name} {isSelf ? <span className="text-xs text-slate-500">(you)</span> : null}
          </p>
          <p className="text-sm">{user.email}</p>
          <p className="text-xs text-slate-500">
            {user.active ? "Active" : "Deactivated"}
            {user.hasPassword ? "" : " · invitation not yet accepted"}
            {user.lastSeen ? ` · last signed in ${user.lastSeen}` : ""}
          </p>
        </div>
        <form action={roleAction} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {user.name}</label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={`${inputClass} w-32`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
          <SubmitButton variant="secondary" pendingLabel="Saving…">Change role</SubmitButton>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          <SubmitButton variant={user.active ? "danger" : "secondary"} pendingLabel="Saving…">
            {user.active ? "Deactivate" : "Reactivate"}
          </SubmitButton>
        </form>
        {user.active ? (
          <form action={resetAction}>
            <input type="hidden" name="userId" value={user.id} />
            <SubmitButton variant="ghost" pendingLabel="Creating…">Password reset link</SubmitButton>
          </form>
        ) : null}
      </div>
      {error && !error.ok ? <p role="alert" className="text-sm font-medium text-red-700">{error.formError}</p> : null}
      {resetResult?.ok ? <LinkNotice what={`Password reset link for ${user.name}`} {...resetResult.data} /> : null}
    </li>
  );
}
