/**
 * The request a test plays, standing in for Next's request scope: what
 * `headers()` and `cookies()` from next/headers return. Cookies live in one
 * jar, like a browser's: what a server action sets there is sent with the
 * next call, as the `cookie` header that next-auth's `auth()` reads.
 */
export type CookieOptions = {
  maxAge?: number;
  expires?: Date | number;
  httpOnly?: boolean;
  sameSite?: "lax" | "strict" | "none" | boolean;
  secure?: boolean;
  path?: string;
};
export type StoredCookie = { name: string; value: string } & CookieOptions;

export const BASE_HEADERS = { host: "readout.test", "x-forwarded-proto": "https", "user-agent": "vitest" };

const jar = new Map<string, StoredCookie>();
let extraHeaders: Record<string, string> = {};

function expired(options: CookieOptions): boolean {
  if (options.maxAge !== undefined && options.maxAge <= 0) return true;
  return options.expires !== undefined && new Date(options.expires).getTime() <= Date.now();
}

export const browserCookies = {
  get: (name: string) => jar.get(name),
  all: () => [...jar.values()],
  set(name: string, value: string, options: CookieOptions = {}) {
    if (expired(options)) jar.delete(name);
    else jar.set(name, { name, value, ...options });
  },
  clear: () => jar.clear(),
};

/** Headers the next calls send besides the defaults (e.g. a client address). */
export function setRequestHeaders(headers: Record<string, string>) {
  extraHeaders = headers;
}

/** A fresh browser: no cookies, default headers. */
export function resetRequest() {
  jar.clear();
  extraHeaders = {};
}

/** The module next/headers is replaced with. */
export const nextHeaders = {
  async headers() {
    const headers = new Headers({ ...BASE_HEADERS, ...extraHeaders });
    if (jar.size) headers.set("cookie", [...jar.values()].map((c) => `${c.name}=${c.value}`).join("; "));
    return headers;
  },
  async cookies() {
    return {
      get: (name: string) => jar.get(name),
      getAll: () => [...jar.values()],
      has: (name: string) => jar.has(name),
      set: (nameOrCookie: string | StoredCookie, value?: string, options?: CookieOptions) => {
        if (typeof nameOrCookie === "string") browserCookies.set(nameOrCookie, value ?? "", options);
        else {
          const { name, value: v, ...rest } = nameOrCookie;
          browserCookies.set(name, v, rest);
        }
      },
      delete: (name: string) => jar.delete(name),
    };
  },
};

/** A request to this app, from the test's browser (its headers and cookies). */
export async function requestTo(path: string, init: { method?: string; form?: Record<string, string> } = {}) {
  const headers = await nextHeaders.headers();
  if (init.form) headers.set("content-type", "application/x-www-form-urlencoded");
  return new Request(new URL(path, `https://${BASE_HEADERS.host}`), {
    method: init.method ?? "GET",
    headers,
    ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
  });
}

/** Stores the cookies a response sets, as a browser would. */
export function keepCookies(response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";").map((part) => part.trim());
    const at = pair!.indexOf("=");
    const maxAge = attributes.find((a) => /^max-age=/i.test(a));
    const expires = attributes.find((a) => /^expires=/i.test(a));
    browserCookies.set(pair!.slice(0, at), pair!.slice(at + 1), {
      ...(maxAge ? { maxAge: Number(maxAge.split("=")[1]) } : {}),
      ...(expires ? { expires: new Date(expires.slice(8)) } : {}),
    });
  }
}
