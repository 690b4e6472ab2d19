import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { APP_ERRORS, AppError } from "@/lib/errors";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import { checkMove, editBlocked, nextState } from "@/lib/workflow/meeting-workflow";
import { writeRevision } from "@/lib/meetings/write-revision";
import { checkSameDayRecords } from "@/lib/meetings/same-day-records";
import { meetingIsoDay } from "@/lib/time/format";
import { meetingInstants } from "@/lib/time/meeting-time";
import type { MeetingInput } from "@/lib/validation/meeting";

export type SavedMeeting = { id: string; version: number };

/** Records a new meeting as a draft: the meeting, its first revision and an audit entry, together. */
export async function createMeeting(actor: CurrentUser, input: MeetingInput): Promise<SavedMeeting> {
  if (!can(actor, "create:meeting")) throw new AppError("forbidden");
  return db().$transaction(async (tx) => {
    await checkSameDayRecords(tx, null, input);
    const meeting = await tx.meeting.create({ data: { workingCopy: "draft", publication: "unpublished", version: 1, createdById: actor.id } });
    await writeRevision(tx, { meetingId: meeting.id, number: 1, editorId: actor.id, input, checkSimilar: true });
    await recordAudit(tx, {
      actor,
      action: "meeting.create",
      entityType: "meeting",
      entityId: meeting.id,
      after: { version: 1, workingCopy: "draft", publication: "unpublished", title: input.title },
    });
    return { id: meeting.id, version: 1 };
  });
}

/**
 * Saves a new revision of a draft, or starts a new draft of a published
 * (or retracted) record (viewers keep the published revision until the new one is
 * approved). `expectedVersion` is the version the editor started from: if
 * anyone saved since, nothing is written and a conflict is raised. Everything
 * is one transaction, so a failure leaves no trace.
 */
export async function updateMeeting(
  actor: CurrentUser,
  meetingId: string,
  expectedVersion: number,
  input: MeetingInput,
): Promise<SavedMeeting> {
  if (!can(actor, "update:meeting:any")) throw new AppError("forbidden");
  return db().$transaction(async (tx) => {
    const current = await lockMeeting(tx, meetingId);
    if (!current) throw new AppError("not_found");
    const check = checkMove("edit", { state: current.state, user: actor, contributorIds: current.contributorIds });
    if (!check.ok) throw new AppError("invalid_state", editBlocked(current.state) ?? APP_ERRORS.invalid_state);
    if (current.version !== expectedVersion) throw new AppError("conflict");

    const previous = await tx.revision.findUniqueOrThrow({
      where: { meetingId_number: { meetingId, number: expectedVersion } },
      select: { title: true, series: true, startsAt: true, timeZone: true, hasTime: true },
    });
    // After a discarded draft the current version is not the newest number.
    const newest = await tx.revision.aggregate({ where: { meetingId }, _max: { number: true } });
    const version = (newest._max.number ?? expectedVersion) + 1;
    // A new version asks again only when its series or day changed.
    const sameSeries = previous.series.trim().toLocaleLowerCase("en") === input.series.trim().toLocaleLowerCase("en");
    const sameDay = meetingIsoDay(previous) === meetingIsoDay({ ...meetingInstants(input), timeZone: input.timeZone });
    if (!sameSeries || !sameDay) await checkSameDayRecords(tx, meetingId, input);
    const to = nextState("edit", current.state);
    await tx.meeting.update({ where: { id: meetingId }, data: { version, ...to } });
    await writeRevision(tx, { meetingId, number: version, editorId: actor.id, input, checkSimilar: true });
    await recordAudit(tx, {
      actor,
      action: "meeting.update",
      entityType: "meeting",
      entityId: meetingId,
      before: { version: expectedVersion, ...current.state, title: previous.title },
      after: { version, ...to, title: input.title },
    });
    return { id: meetingId, version };
  });
}
