import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// Every page and route handler in app/, found here so that a new one is crawled too.
function appRoutes(dir = "app", segments: string[] = []): string[][] {
  const routes: string[][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue;
      const group = /^\(.*\)$/.test(entry.name);
      routes.push(...appRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
      routes.push(segments);
    }
  }
  return routes;
}

const BAD_VALUES = ["%00", "%FF", "99999999999", "%ED%A0%80", "-1", "1e3", "0000-01-01", "2026-02-30", "99999-01-01"];
const QUERY_NAMES = ["q", "from", "to", "series", "participant", "topic", "kind", "status", "page", "scope", "action", "actor", "entity", "saved", "version"];
const isDynamic = (segment: string) => segment.startsWith("[");

/** The route with one dynamic segment (or all of them) replaced by `bad`, the others by working values. */
function urls(segments: string[], good: Record<string, string>, bad: string): string[] {
  const dynamic = segments.flatMap((s, i) => (isDynamic(s) ? [i] : []));
  const fill = (badAt: (i: number) => boolean) =>
    "/" + segments.map((s, i) => (isDynamic(s) ? (badAt(i) ? bad : (good[s] ?? "x")) : s)).join("/");
  const query = QUERY_NAMES.map((name) => `${name}=${bad}`).join("&");
  return [...dynamic.map((d) => fill((i) => i === d)), ...(dynamic.length > 1 ? [fill(() => true)] : []), `${fill(() => false)}?${query}`];
}

test("no page or route handler answers bad ids, numbers, dates or bytes with a server error", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs("admin");
  const list = await (await page.request.get("/api/v1/readouts")).json();
  const good = { "[id]": list.data[0].id as string, "[number]": "1", "[token]": "x", "[...nextauth]": "session" };

  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const segments of routes) {
    for (const bad of BAD_VALUES) {
      for (const url of urls(segments, good, bad)) {
        const response = await page.request.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${response.status()} ${url}`);
      }
    }
  }
  expect(failures).toEqual([]);
});

test("a bad id is a 404 page, a bad id in the API a 400 with a JSON reason, and an address that is not UTF-8 a 400", async ({ page, loginAs }) => {
  await loginAs("admin");
  for (const url of ["/meetings/%00", "/meetings/%00/history", "/readouts/%00", "/readouts/x/versions/99999999999"]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  const api = await page.request.get("/api/v1/readouts/%00");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.message).toMatch(/not a valid record id/);
  const broken = await page.request.get("/meetings/%FF/history");
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toMatch(/not UTF-8/);
});

test("a save too large to send is refused in the form, and the text stays", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/meetings/new");
  await page.getByLabel("Title").fill("A very long meeting");
  await page.getByLabel("Series").fill("Ukraine Defense Contact Group");
  await page.getByLabel("Starts on").fill("2026-10-14");
  await page.getByLabel("Start time").fill("09:00");
  const summary = page.getByLabel("Summary");
  await summary.fill("x".repeat(2_100_000));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/This meeting is too large to save: 2\.1 MB of text, and the limit is 2\.0 MB/)).toBeVisible();
  expect((await summary.inputValue()).length).toBe(2_100_000);
  await expect(page).toHaveURL(/\/meetings\/new$/);
});

test("a save that does not reach the server leaves a message, and the text stays", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/meetings/new");
  await page.getByLabel("Title").fill("A meeting saved while offline");
  await page.getByLabel("Series").fill("Ukraine Defense Contact Group");
  await page.getByLabel("Starts on").fill("2026-10-14");
  await page.getByLabel("Start time").fill("09:00");
  await page.route("**/meetings/new", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/The save did not go through/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("A meeting saved while offline");
});

test("a request body larger than any form sends is a 413, before Next reads it", async ({ page, loginAs }) => {
  await loginAs("editor");
  const response = await page.request.post("/meetings/new", { data: "x".repeat(3_000_001), headers: { "content-type": "text/plain" } });
  expect(response.status()).toBe(413);
  expect(await response.text()).toMatch(/too large/);
});
