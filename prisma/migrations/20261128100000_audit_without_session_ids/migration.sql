-- Sign-ins and sign-outs were logged against the session, with its id as the
-- entity. Session ids are credentials and do not belong in a log people read:
-- those entries now name the user instead, as new ones do (lib/auth/sign-in.ts).
-- The one sanctioned rewrite of the append-only log, by its owner.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";

UPDATE "AuditEvent"
SET "entityType" = 'user', "entityId" = coalesce("actorId", '')
WHERE "entityType" = 'session';

ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
