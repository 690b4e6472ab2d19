import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { getReader } from "@/lib/auth/reader";
import { AppHeader } from "./_components/app-header";

// Each page checks its own permission too: a layout does not guard its pages' actions.
// Signed out, the layout renders only while public reading is on; each staff page still sends the visitor to sign-in.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = (await getCurrentUser()) ?? ((await getReader()) ? null : await requireUser());
  // The unread count is read by the header itself, at the same time as the page's own reads, not before them.
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
