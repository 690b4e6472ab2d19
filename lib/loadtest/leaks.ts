import { ROOT } from "@/lib/cli/run";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// What an answer must never show: how the server failed, or where it runs.
const LEAKS: RegExp[] = [
  /\bat (async )?[\w$.<>[\]]+ \(/, // a stack frame
  /\bat async\b/,
  /Invalid `prisma\./,
  /\bPrisma[A-Z]\w*Error\b|PrismaClient/,
  /\bP[1-6]\d{3}\b/, // Prisma's error codes (P1001, P2002, ...)
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)\b/,
  /Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down)/,
  /node_modules\/|\.next\/server\/|webpack-internal:|file:\/\//,
  new RegExp(escape(ROOT)),
];

/** The first piece of `body` that shows internals, if any. */
export function leakIn(body: string): string | undefined {
  for (const pattern of LEAKS) {
    const found = pattern.exec(body);
    if (found) return body.slice(Math.max(0, found.index - 40), found.index + 80);
  }
  return undefined;
}
