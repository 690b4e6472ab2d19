import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "@/lib/cli/run";

// React's own encoder for server-action arguments, as the browser uses it.
const require = createRequire(path.join(ROOT, "package.json"));
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The build's id of an exported server action (ids change with every build). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in this build.`);
  return found[0];
}

export type ActionAnswer = {
  status: number;
  redirect?: string;
  ok?: boolean;
  code?: string;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  data?: unknown;
  body: string;
};

type Result = { ok: boolean; code?: string; formError?: string; fieldErrors?: Record<string, string[]>; data?: unknown };

/** The action's result in React's answer: one `<id>:<json>` line holds `{ ok, ... }`. */
function resultIn(body: string): Result | undefined {
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith("{") || !json.includes('"ok":')) continue;
    try {
      const value = JSON.parse(json) as Partial<Result>;
      if (typeof value.ok === "boolean") return value as Result;
    } catch {
      // Not JSON: another kind of line.
    }
  }
  return undefined;
}

/** Calls a `(previous, formData)` server action the way a form with JavaScript does. */
export async function callAction(base: string, page: string, id: string, fields: Record<string, string>, cookie: string): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const body = await encodeReply([null, form]);
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": id, origin: base, cookie, accept: "text/x-component" },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const redirect = response.headers.get("x-action-redirect")?.split(";")[0];
  const result = resultIn(text);
  const field = Object.entries(result?.fieldErrors ?? {})[0];
  const formError = [result?.formError, field ? `${field[0]}: ${field[1][0]}` : undefined].filter(Boolean).join(" ");
  return {
    status: response.status,
    body: text,
    ...(redirect ? { redirect } : {}),
    ...(result ? { ok: result.ok } : {}),
    ...(result?.code ? { code: result.code } : {}),
    ...(formError ? { formError } : {}),
    ...(result?.fieldErrors ? { fieldErrors: result.fieldErrors } : {}),
    ...(result?.ok && result.data !== undefined ? { data: result.data } : {}),
  };
}
