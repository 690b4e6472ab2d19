import http from "node:http";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// The per-address limit (THROTTLE.addressLimit in lib/auth/throttle.ts).
const ADDRESS_LIMIT = 30;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request from a chosen loopback address: Linux serves all of 127.0.0.0/8 on this machine. */
function request(url: URL, from: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, localAddress: from }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * A wrong password through next-auth's credentials endpoint, from `from`,
 * claiming to be `forwardedFor`. Returns why sign-in was refused:
 * "credentials" (wrong password) or "throttled".
 */
async function failedSignIn(baseURL: string, from: string, email: string, forwardedFor: string): Promise<string | null> {
  const headers = { "x-forwarded-for": forwardedFor };
  const csrf = await request(new URL("/api/auth/csrf", baseURL), from, { headers });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken: JSON.parse(csrf.body).csrfToken, email, password: "wrong-password" }).toString();
  const reply = await request(new URL("/api/auth/callback/credentials", baseURL), from, {
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  expect(reply.status).toBe(302);
  return new URL(reply.headers.location!, baseURL).searchParams.get("code");
}

test("a rotated X-Forwarded-For does not get round the per-address limit, and another address is not locked with it", async ({ page, baseURL, loginAs }) => {
  const run = Date.now().toString(36);
  const sprayer = "127.0.0.2";
  for (let i = 0; i < ADDRESS_LIMIT; i++) {
    expect(await failedSignIn(baseURL!, sprayer, `spray-${run}-${i}@readout.example`, `198.51.100.${i}`)).toBe("credentials");
  }
  expect(await failedSignIn(baseURL!, sprayer, `spray-${run}-next@readout.example`, "203.0.113.250")).toBe("throttled");
  // Another client is its own address, not one shared "unknown".
  expect(await failedSignIn(baseURL!, "127.0.0.3", `other-${run}@readout.example`, "203.0.113.250")).toBe("credentials");

  // The audit log records where the attempts really came from.
  await loginAs("admin");
  await page.goto(`/admin/audit?action=user.sign_in_failed&actor=${encodeURIComponent(`spray-${run}-7@`)}`);
  await expect(auditAddress(page, `spray-${run}-7@readout.example`)).toHaveText(sprayer);
});

test("the sign-in form records the socket's address, not a forged X-Forwarded-For", async ({ browser, page, loginAs }) => {
  const email = `forged-${Date.now().toString(36)}@readout.example`;
  const forger = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.66" } })).newPage();
  await signIn(forger, email, "wrong-password");
  await expect(forger.locator("form").getByRole("alert")).toHaveText(/not right/);

  await loginAs("admin");
  await page.goto(`/admin/audit?action=user.sign_in_failed&actor=${encodeURIComponent(email)}`);
  await expect(auditAddress(page, email)).toHaveText("127.0.0.1");
});

// The address sits in the entry's details, after its "Address" term.
const auditAddress = (page: Page, actor: string) =>
  page.getByRole("row").filter({ hasText: actor }).locator("dt", { hasText: "Address" }).locator("xpath=following-sibling::dd[1]");
