import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Everything a browser can call on the server, found in the sources rather
 * than listed by hand: each export of a "use server" module and each HTTP
 * method a route handler exports. Named "<file>#<export>".
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function sources(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((file) => path.join(dir, file))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.startsWith(path.join("lib", "generated")));
}

const SOURCES = () => [...sources("app"), ...sources("components"), ...sources("lib")];
const DIRECTIVE = /(["'])use server\1/;
const withoutLeadingComments = (text: string) => text.replace(/^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, "");

async function exportsOf(file: string): Promise<[string, unknown][]> {
  return Object.entries(await import(/* @vite-ignore */ path.join(ROOT, file)));
}

export async function serverActions(): Promise<string[]> {
  const modules = SOURCES().filter((file) => DIRECTIVE.test(withoutLeadingComments(readFileSync(path.join(ROOT, file), "utf8")).slice(0, 12)));
  const names = await Promise.all(
    modules.map(async (file) => (await exportsOf(file)).filter(([, value]) => typeof value === "function").map(([name]) => `${file}#${name}`)),
  );
  return names.flat().sort();
}

/** Files that declare a server action inside a function, which the matrix could not call by name. */
export function inlineServerActions(): string[] {
  return SOURCES().filter((file) => {
    const text = withoutLeadingComments(readFileSync(path.join(ROOT, file), "utf8"));
    return DIRECTIVE.test(DIRECTIVE.test(text.slice(0, 12)) ? text.slice(12) : text);
  });
}

export async function routeHandlers(): Promise<string[]> {
  const routes = sources("app").filter((file) => path.basename(file) === "route.ts");
  const names = await Promise.all(
    routes.map(async (file) => (await exportsOf(file)).filter(([name]) => HTTP_METHODS.includes(name)).map(([name]) => `${file}#${name}`)),
  );
  return names.flat().sort();
}
