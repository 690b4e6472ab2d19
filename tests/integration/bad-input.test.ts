import { beforeAll, describe, expect, it } from "vitest";
import { forgotPasswordAction } from "@/app/(auth)/password-actions";
import { changeRoleAction, resetLinkAction, setActiveAction } from "@/app/(app)/admin/users/actions";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import { commentAction, transitionAction } from "@/app/(app)/meetings/[id]/actions";
import MeetingPage from "@/app/(app)/meetings/[id]/page";
import EditMeetingPage from "@/app/(app)/meetings/[id]/edit/page";
import HistoryPage from "@/app/(app)/meetings/[id]/history/page";
import { GET as openNotice } from "@/app/(app)/notifications/[id]/route";
import ReadoutPage from "@/app/(app)/readouts/[id]/page";
import ReadoutVersionPage from "@/app/(app)/readouts/[id]/versions/[number]/page";
import { GET as versionCsv } from "@/app/(app)/readouts/[id]/versions/[number]/commitments.csv/route";
import { GET as versionMarkdown } from "@/app/(app)/readouts/[id]/versions/[number]/readout.md/route";
import { GET as versionPdf } from "@/app/(app)/readouts/[id]/versions/[number]/readout.pdf/route";
import { GET as listCsv } from "@/app/(app)/readouts/commitments.csv/route";
import { GET as apiOne } from "@/app/api/v1/readouts/[id]/route";
import { GET as apiList } from "@/app/api/v1/readouts/route";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { listAuditEvents, parseAuditFilters } from "@/lib/dal/audit";
import { getMeeting, getMeetingActivity, getMeetingHistory, getRevisionPair } from "@/lib/dal/meetings";
import { getPublishedVersion, getReadout, listPublishedVersions } from "@/lib/dal/readouts";
import type { Db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { MAX_SAVE_BYTES } from "@/lib/validation/size-limits";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";
import { draftMeeting, staff } from "../support/meetings";

// One case of each class the hardening issue names; Postgres refused each of
// them with an error (NUL or bad UTF-8 in text, integer overflow, year 0000),
// and Date rolled impossible days into the next month.
const BAD_IDS = ["a\u0000b", "\ufffd", "\ud800", "x".repeat(500)];
const BAD_VERSIONS = ["99999999999", "2147483648", "-1", "1.5", "1e3", "\u0000"];
const BIG = 2 ** 31;

let prisma: Db;
let published: { id: string; version: number };
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  const editor = await staff(prisma, "editor");
  published = await draftMeeting(editor);
  await transitionMeeting(editor, published.id, "submit", { version: 1 });
  await transitionMeeting(await staff(prisma, "reviewer"), published.id, "approve", { version: 1 });
});

const request = (path: string) => new Request(`http://readout.test${path}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
/** What a page's notFound() throws, or the error itself. */
const thrown = (page: Promise<unknown>) =>
  page.then(
    () => "rendered",
    (error: { digest?: string }) => error.digest ?? error,
  );
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

async function counts() {
  return { meetings: await prisma.meeting.count(), revisions: await prisma.revision.count(), audit: await prisma.auditEvent.count() };
}

describe("pages with a bad id or version are a 404", () => {
  it("for staff pages and readout pages", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    for (const id of BAD_IDS) {
      const page = params({ id });
      expect(await thrown(MeetingPage({ ...page, searchParams: Promise.resolve({}) })), id).toBe(NOT_FOUND);
      expect(await thrown(EditMeetingPage(page))).toBe(NOT_FOUND);
      expect(await thrown(HistoryPage({ ...page, searchParams: Promise.resolve({}) }))).toBe(NOT_FOUND);
      expect(await thrown(ReadoutPage(page))).toBe(NOT_FOUND);
      expect(await thrown(ReadoutVersionPage(params({ id, number: "1" })))).toBe(NOT_FOUND);
    }
    for (const number of BAD_VERSIONS) {
      expect(await thrown(ReadoutVersionPage(params({ id: published.id, number }))), number).toBe(NOT_FOUND);
    }
    const history = await thrown(HistoryPage({ ...params({ id: published.id }), searchParams: Promise.resolve({ from: "99999999999", to: "-1" }) }));
    expect(history).toBe("rendered");
  });

  it("and the data access behind them answers 'no such record' for any id or number", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    for (const id of BAD_IDS) {
      expect(await getMeeting(id)).toBeNull();
      expect(await getMeetingHistory(id)).toBeNull();
      expect(await getMeetingActivity(id)).toEqual({ reviews: [], comments: [] });
      expect(await getReadout(id)).toBeNull();
      expect(await listPublishedVersions(id)).toEqual([]);
    }
    for (const number of [BIG, -1, 1.5, Number.NaN]) {
      expect(await getPublishedVersion(published.id, number)).toBeNull();
      expect(await getRevisionPair(published.id, 1, number)).toBeNull();
    }
  });
});

describe("route handlers answer bad input with a 400 and a JSON reason", () => {
  it("for ids and version numbers in the path", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    for (const id of BAD_IDS) {
      const response = await apiOne(request("/"), params({ id }));
      expect(response.status, id).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_input", message: "That is not a valid record id." } });
    }
    for (const handler of [versionMarkdown, versionPdf, versionCsv]) {
      for (const number of BAD_VERSIONS) {
        const response = await handler(request("/"), params({ id: published.id, number }));
        expect(response.status, number).toBe(400);
        expect((await response.json()).error.message).toMatch(/not a valid version/);
      }
      expect((await handler(request("/"), params({ id: "a\u0000b", number: "1" }))).status).toBe(400);
      expect((await handler(request("/"), params({ id: published.id, number: "1" }))).status).toBe(200);
    }
  });

  it("for query strings: impossible or out-of-range dates and NUL are explained, not fatal", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    const odd = "?from=0000-01-01&to=2026-02-30&q=%00&series=%00x&participant=%FF";
    const list = await apiList(request(`/api/v1/readouts${odd}`));
    expect(list.status).toBe(200);
    const body = await list.json();
    expect(body.notices).toEqual(expect.arrayContaining([expect.stringMatching(/“0000-01-01” is not a date that exists/), expect.stringMatching(/“2026-02-30” is not a date that exists/)]));
    expect((await apiList(request("/api/v1/readouts?from=0001-01-01&to=9999-12-31"))).status).toBe(200);
    expect((await listCsv(request(`/readouts/commitments.csv${odd}`))).status).toBe(200);
  });

  it("for a notice's id: the link leads back to the list", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    for (const id of BAD_IDS) {
      const target = await openNotice(request("/"), params({ id })).catch(redirectTarget);
      expect(target).toBe("/notifications");
    }
  });
});

describe("the audit log's filters", () => {
  it("drop impossible dates and NUL instead of failing", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const filters = parseAuditFilters({ actor: "a\u0000", entity: "\u0000", from: "0000-01-01", to: "2026-11-31" });
    expect(filters).toMatchObject({ actor: "a", entity: undefined, from: undefined, to: undefined });
    await expect(listAuditEvents(filters, 1)).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(listAuditEvents(parseAuditFilters({ from: "0001-01-01", to: "9999-12-31" }), 1)).resolves.toMatchObject({ total: expect.any(Number) });
  });
});

describe("server actions answer bad input with a message, and change nothing", () => {
  async function saveAs(input: unknown, meeting?: { id: string; version: number }): Promise<ActionResult<unknown>> {
    try {
      return await saveMeetingAction(null, meetingFormData(input, meeting));
    } catch (error) {
      if (redirectTarget(error)) return { ok: true, data: undefined };
      throw error;
    }
  }
  const fieldErrors = (result: ActionResult<unknown>) => (result.ok ? {} : (result.fieldErrors ?? {}));

  it("refuses impossible dates, years 0000 and past 9999, and glued amounts beside their fields", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const input = meetingInput();
    const commitment = input.commitments[0]!;
    const before = await counts();
    const result = await saveAs({
      ...input,
      startsAt: "0000-01-01T09:00",
      endsAt: "99999-01-01T09:00",
      commitments: [
        { ...commitment, dueDate: "2026-11-31" },
        { ...commitment, key: crypto.randomUUID(), dueDate: "0000-01-01" },
        { ...commitment, key: crypto.randomUUID(), amount: "1,2,3,4", currency: "EUR" },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(["commitments.0.dueDate", "commitments.1.dueDate", "commitments.2.amount", "endsAt", "startsAt"]);
    expect(await counts()).toEqual(before);
  });

  it("stores text without lone surrogates instead of failing in Postgres", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const input = meetingInput({ title: "Air defence \ud800talks", summary: "Summary\udc00" });
    expect(await saveAs(input)).toMatchObject({ ok: true });
    const revision = await prisma.revision.findFirstOrThrow({ where: { title: "Air defence talks" } });
    expect(revision.summary).toBe("Summary");
  });

  it("refuses a save over the size limit with a message that says so", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const before = await counts();
    const result = await saveAs(meetingInput({ summary: "é".repeat(MAX_SAVE_BYTES / 2) }));
    expect(fieldErrors(result)._form?.[0]).toMatch(/too large to save: 2\.0 MB of text, and the limit is 2\.0 MB/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a forged meeting id or version as an unreadable form", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const before = await counts();
    for (const meeting of [{ id: "a\u0000b", version: 1 }, { id: published.id, version: BIG }]) {
      const form = meetingFormData(meetingInput(), meeting);
      form.set("version", String(meeting.version === BIG ? "99999999999" : meeting.version));
      const result = await saveMeetingAction(null, form);
      expect(fieldErrors(result)._form?.[0]).toMatch(/could not be read/);
    }
    expect(await counts()).toEqual(before);
  });

  it("answers a bad id or version in workflow, comment and account actions with a form error", async () => {
    await actAs(prisma, await createUser(prisma, "admin"));
    const before = await counts();
    for (const meetingId of BAD_IDS) {
      expect(await transitionAction(null, form({ meetingId, move: "archive", version: "1" }))).toMatchObject({ ok: false, code: "not_found" });
      expect(await commentAction(null, form({ meetingId, body: "A comment." }))).toMatchObject({ ok: false, code: "not_found" });
    }
    for (const version of BAD_VERSIONS) {
      const result = await transitionAction(null, form({ meetingId: published.id, move: "archive", version }));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", formError: expect.stringMatching(/could not be read/) });
    }
    for (const userId of BAD_IDS) {
      expect(await changeRoleAction(null, form({ userId, role: "viewer" }))).toMatchObject({ ok: false, code: "not_found" });
      expect(await setActiveAction(null, form({ userId, active: "false" }))).toMatchObject({ ok: false, code: "not_found" });
      expect(await resetLinkAction(null, form({ userId }))).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await counts()).toEqual(before);
  });

  it("treats NUL in an email address as an unknown account", async () => {
    expect(await forgotPasswordAction(null, form({ email: "admin\u0000@readout.example" }))).toMatchObject({ ok: true });
    expect(await signInWithPassword({ email: "a\u0000@b.example", password: "whatever", ip: "198.51.100.7", userAgent: "vitest" })).toEqual({ ok: false });
  });
});
