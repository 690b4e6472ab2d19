import "server-only";
import { authenticateAccessToken } from "@/lib/auth/access-tokens";
import { readAsToken } from "@/lib/auth/reader";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http/route-errors";

/**
 * Where a GET route that reads published data takes a personal access token
 * from: the API from `Authorization: Bearer`, the Atom feed (whose readers
 * cannot send headers) from `?token=`. Only such routes accept tokens: they
 * change nothing, so a token gives no cross-site request any power.
 */
export type TokenSource = "bearer" | "query";

const INVALID = "That access token is unknown, expired or revoked, or its owner's account is deactivated.";

/** handleRoute, reading as the token's owner (held to its scope) when a token is presented. */
export function handleReaderRoute(request: Request, source: TokenSource, handler: () => Promise<Response>): Promise<Response> {
  return handleRoute(async () => {
    const secret = presentedToken(request, source);
    if (secret === null) return handler();
    const reader = await authenticateAccessToken(secret);
    if (!reader) throw new AppError("unauthenticated", INVALID);
    return readAsToken(reader, handler);
  });
}

function presentedToken(request: Request, source: TokenSource): string | null {
  if (source === "query") return new URL(request.url).searchParams.get("token");
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer +(\S+)$/i.exec(header.trim());
  if (!match) throw new AppError("unauthenticated", "Send a token as `Authorization: Bearer <token>`.");
  return match[1]!;
}
