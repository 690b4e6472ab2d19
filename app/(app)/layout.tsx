import { requireUser } from "@/lib/auth/current-user";
import { countUnreadNotifications } from "@/lib/dal/notifications";
import { AppHeader } from "./_components/app-header";

// Each page checks its own permission too: a layout does not guard its pages' actions.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnreadNotifications();
  return (
    <>
      <AppHeader user={user} unread={unread} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
