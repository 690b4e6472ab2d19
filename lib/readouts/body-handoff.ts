import "server-only";
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { BODY_HANDOFF, type BodyHandoff } from "@/lib/readouts/body-handoff-key";

// A readout page's body goes from its server components to the HTML render of
// the same request, in this process, instead of through the RSC payload, which
// would carry it a second time inside the page (decision 0037). Each view gets
// its own random key, set only here by a render that has checked the reader,
// and the HTML render reads it once moments later. The strings are the cached
// bodies themselves (no copies); entries expire within a minute.
function store(): BodyHandoff & LRUCache<string, string> {
  const global = globalThis as { [BODY_HANDOFF]?: LRUCache<string, string> };
  return (global[BODY_HANDOFF] ??= new LRUCache<string, string>({ max: 1_000, ttl: 60_000 }));
}

/** Keeps the body's HTML for this request's HTML render; returns the key that render reads it by. */
export function handOffBody(html: string): string {
  const key = randomUUID();
  store().set(key, html);
  return key;
}
