import { compileTrust } from "@/lib/http/client-ip";
import { organisationTimeZone } from "@/lib/time/zones";

type Env = Record<string, string | undefined>;

export const MAIL_NEEDS_READOUT_URL =
  "Email is on (SMTP_URL is set) but READOUT_URL is not, so Readout cannot tell where the links in its emails should point. Set READOUT_URL to the address people use, e.g. READOUT_URL=https://readout.example.org, and restart.";

/**
 * The address people use to reach Readout (READOUT_URL's origin), for links
 * that leave the app; null when it is not set. Never a request's Host or
 * X-Forwarded-Host: whoever sends the request chooses those.
 */
export function readoutOrigin(env: Env = process.env): string | null {
  const value = env.READOUT_URL?.trim();
  if (!value) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new Error(`READOUT_URL must be an http or https address, e.g. https://readout.example.org (it is "${value}").`);
  }
  return url.origin;
}

export const mailEnabled = (env: Env = process.env): boolean => Boolean(env.SMTP_URL?.trim());

/** What is wrong with the settings, each in words an operator can act on. */
export function configProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  attempt(() => readoutOrigin(env));
  if (mailEnabled(env) && !env.READOUT_URL?.trim()) problems.push(MAIL_NEEDS_READOUT_URL);
  attempt(() => compileTrust(env.TRUST_PROXY));
  attempt(() => organisationTimeZone(env));
  return problems;
}

/** Refuses to start with settings that would be unsafe or cannot work. */
export function checkConfig(env: Env = process.env): void {
  const problems = configProblems(env);
  if (problems.length) throw new Error(problems.join("\n"));
}

/** For a server process: says what is wrong and exits, rather than answer every request with an error. */
export function exitOnConfigProblems(env: Env = process.env): void {
  const problems = configProblems(env);
  if (!problems.length) return;
  console.error(`\nReadout cannot start:\n${problems.join("\n")}\n`);
  process.exit(1);
}
