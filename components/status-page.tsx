import Link from "next/link";

type Props = {
  code: string;
  title: string;
  children: React.ReactNode;
  /** Inside the app's layout, which has the page's one <main> already. */
  inLayout?: boolean;
};

/** A 403 or 404 answer: what happened and the way home. */
export function StatusPage({ code, title, children, inLayout = false }: Props) {
  const Root = inLayout ? "div" : "main";
  return (
    <Root id={inLayout ? undefined : "main"} className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{children}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        Go to the home page
      </Link>
    </Root>
  );
}

export const NotFoundMessage = ({ inLayout }: { inLayout?: boolean }) => (
  <StatusPage code="404" title="Page not found" inLayout={inLayout}>
    The page does not exist, or it is not available to you.
  </StatusPage>
);

export const ForbiddenMessage = ({ inLayout }: { inLayout?: boolean }) => (
  <StatusPage code="403" title="Not allowed" inLayout={inLayout}>
    Your role does not give access to this page. Ask an admin if you need it.
  </StatusPage>
);
