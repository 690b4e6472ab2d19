// An error answer must say "try again", never show how the server failed.
const LEAK = /\bat [\w$.<>]+ \(|node_modules\/|PrismaClient|ECONNREFUSED/;

export function leaksInternals(body: string): boolean {
  return LEAK.test(body);
}
