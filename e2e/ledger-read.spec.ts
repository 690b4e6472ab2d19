import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../lib/db";
import { refreshPledges } from "../lib/ledger/refresh-pledges";
import { expect, expectNoSidewaysScrolling, test } from "./fixtures";

// Ledger rows of its own, written straight to the database the app serves.
const id = randomUUID().slice(0, 8);
const series = `E2E Ledger ${id}`;
let usdPledge = 0;
let eurPledge = 0;

test.beforeAll(async () => {
  // With fully parallel files, a worker can enter this file twice: the rows are written once.
  if (usdPledge) return;
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const party = await prisma.party.create({ data: { kind: "country", name: `Atlantis ${id}`, slug: `atlantis-${id}`, code: `E${id}`.toUpperCase() } });
    await prisma.exchangeRate.upsert({ where: { currency_date: { currency: "USD", date: new Date("2026-10-09") } }, create: { currency: "USD", date: new Date("2026-10-09"), rate: "1.25" }, update: { rate: "1.25" } });
    const now = new Date();
    const meeting = await prisma.meeting.create({ data: { workingCopy: "none", publication: "published", publishedAt: now, firstPublishedAt: now } });
    // A Saturday: no ECB rate that day, so Friday's is used.
    const revision = await prisma.revision.create({ data: { meetingId: meeting.id, number: 1, title: `Ledger meeting ${id}`, series, startsAt: new Date("2026-10-10T09:00:00Z"), location: "Brussels", chair: "", summary: "", implications: "", publishedAt: now } });
    await prisma.meeting.update({ where: { id: meeting.id }, data: { publishedRevisionId: revision.id } });
    const [usd, eur] = await Promise.all([prisma.pledge.create({ data: {} }), prisma.pledge.create({ data: {} })]);
    const base = { revisionId: revision.id, position: 0, party: party.name, partyId: party.id, kind: "military" as const, announcement: "new" as const };
    await prisma.commitment.createMany({
      data: [
        { ...base, key: randomUUID(), pledgeId: usd!.id, description: "Radar systems", amount: "1000000", currency: "USD", dueDate: new Date("2026-11-01") },
        { ...base, key: randomUUID(), pledgeId: eur!.id, description: "Field hospitals", amount: "500000", currency: "EUR", kind: "humanitarian" },
      ],
    });
    await prisma.pledgeEvent.createMany({
      data: [
        { pledgeId: usd!.id, kind: "partly_delivered", amount: "250000", asOf: new Date("2026-10-20"), state: "approved", source: "Ministry statement" },
        { pledgeId: usd!.id, kind: "partly_delivered", amount: "100000", asOf: new Date("2026-10-25"), state: "proposed", source: "Unconfirmed report" },
      ],
    });
    await refreshPledges(prisma, [usd!.id, eur!.id]);
    usdPledge = usd!.number;
    eurPledge = eur!.number;
  } finally {
    await prisma.$disconnect();
  }
});

test("a viewer reads the ledger: totals, overdue list and charts", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ledger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commitments ledger" })).toBeVisible();
  await page.getByLabel("Series").selectOption(series);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/series=/);

  // €800,000 from USD 1,000,000 at 1.25, plus €500,000.
  await expect(page.getByRole("region", { name: "Totals" })).toContainText("€1,300,000");
  await expect(page.getByRole("img", { name: /By party/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /By kind/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Over time/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /overdue pledge/ })).toContainText(`P-${usdPledge}`);
  await expect(page.getByRole("table", { name: "By party" }).getByRole("link", { name: `Atlantis ${id}` })).toHaveAttribute("href", `/ledger/parties/atlantis-${id}?series=${encodeURIComponent(series).replaceAll("%20", "+")}`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Filter the ledger" })).toBeHidden();
  await expect(page.getByRole("img", { name: /Over time/ })).toBeVisible();
});

test("each chart links to its figures as a table, on a page of their own that keeps the filters", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto(`/ledger?series=${encodeURIComponent(series)}`);
  // The tables are not in the overview any more, only a link to them under each chart.
  await expect(page.getByRole("table", { name: /Over time/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^By party.*figures as a table$/ }).click();
  await expect(page).toHaveURL(/\/ledger\/figures\?series=.*#parties$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ledger figures as tables" })).toBeVisible();
  // €800,000 pledged (USD 1,000,000 at 1.25), €200,000 delivered (USD 250,000); the proposed event is not counted.
  await expect(page.getByRole("table", { name: /^By party/ }).getByRole("row", { name: new RegExp(`Atlantis ${id}`) })).toContainText("€1,300,000");
  await expect(page.getByRole("table", { name: /^By kind/ }).getByRole("row", { name: "Military" })).toContainText("€200,000");
  const months = page.getByRole("table", { name: /^Over time/ });
  await expect(months.getByRole("row", { name: "Oct 2026" })).toContainText("€1,300,000");
  await expect(months.getByRole("row", { name: "Oct 2026" })).toContainText("€200,000");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: "Every party, with allocated and outstanding figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Parties in the ledger" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^By party: 1–1 of 1$/ }).getByRole("link", { name: `Atlantis ${id}` })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A party's page links its charts to the party's own figures.
  await page.goto(`/ledger/parties/atlantis-${id}?series=${encodeURIComponent(series)}`);
  await page.getByRole("link", { name: /^Over time.*figures as a table$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Atlantis ${id}: figures as tables` })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Over time/ }).getByRole("row", { name: "Oct 2026" })).toContainText("€1,300,000");
  await expect(page.getByRole("table", { name: /^By party/ })).toHaveCount(0);
});

test("the old link to every party leads to the parties' own page", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto(`/ledger?series=${encodeURIComponent(series)}&parties=all`);
  await expect(page).toHaveURL(/\/ledger\/parties\?series=/);
  await expect(page.getByRole("heading", { level: 1, name: "Parties in the ledger" })).toBeVisible();
});

test("a viewer reads a party's page and a pledge's page", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto(`/ledger/parties/atlantis-${id}?series=${encodeURIComponent(series)}`);
  await expect(page.getByRole("heading", { level: 1, name: `Atlantis ${id} in ${series}` })).toBeVisible();
  await page.getByRole("link", { name: `P-${usdPledge}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Radar systems" })).toBeVisible();
  await expect(page.getByText("rate of 9 Oct 2026").first()).toBeVisible();
  await expect(page.getByText("Ministry statement")).toBeVisible();
  await expect(page.getByText("Unconfirmed report")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Propose progress" })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a bad date is explained, not an error", async ({ page, loginAs }) => {
  await loginAs("viewer");
  const response = await page.goto("/ledger?from=2026-02-30");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("“2026-02-30” is not a date")).toBeVisible();
});

test("staff see proposed progress marked pending, and can propose more", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto(`/ledger/pledges/${usdPledge}`);
  await expect(page.getByText("Unconfirmed report")).toBeVisible();
  await expect(page.getByText("Pending review: not counted")).toBeVisible();
  await expect(page.getByRole("link", { name: "Propose progress" })).toHaveAttribute("href", `/ledger/pledges/${usdPledge}/events/new`);
});

test("the pledges CSV has a stable id per pledge", async ({ page, loginAs }) => {
  await loginAs("viewer");
  const response = await page.request.get(`/ledger/pledges.csv?series=${encodeURIComponent(series)}`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`P-${usdPledge},`);
  expect(text).toContain(`P-${eurPledge},`);
  expect(text).toContain(`Atlantis ${id}`);
});

test("at 390 px wide the ledger, a party's page and a pledge's page show every column without sideways scrolling", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("viewer");
  await page.goto("/ledger");
  await expect(page.getByRole("table", { name: "By party" })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  // Each stacked row names its columns.
  const overdue = page.getByRole("table", { name: /overdue pledge/ });
  for (const label of ["Amount", "Outstanding", "Due", "Days overdue", "Status"]) {
    await expect(overdue.locator(`td[data-label="${label}"]`).first()).toBeVisible();
  }
  // The stack-cell class (app/globals.css) writes the column's name before the value, on a phone only.
  const amount = overdue.locator('td[data-label="Amount"]').first();
  expect(await amount.evaluate((td) => [getComputedStyle(td, "::before").content, getComputedStyle(td).display])).toEqual(['"Amount"', "flex"]);

  await page.goto(`/ledger/parties/atlantis-${id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Atlantis ${id}` })).toBeVisible();
  await expect(page.getByRole("table", { name: /Pledges \(2\)/ })).toContainText("Field hospitals");
  await expectNoSidewaysScrolling(page);

  for (const path of ["/ledger/figures", `/ledger/figures?party=atlantis-${id}`, "/ledger/parties"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSidewaysScrolling(page);
  }
  // Stacked on a phone: each cell names its column.
  await expect(page.getByRole("table", { name: /^By party/ }).locator('td[data-label="Outstanding (EUR)"]').first()).toBeVisible();

  await page.goto(`/ledger/pledges/${usdPledge}`);
  await expect(page.getByRole("heading", { level: 1, name: "Radar systems" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Meetings that announced this pledge" })).toContainText(`Ledger meeting ${id}`);
  await expectNoSidewaysScrolling(page);
});
