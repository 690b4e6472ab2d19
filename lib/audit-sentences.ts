import type { AuditAction } from "@/lib/audit";

/**
 * An audit entry in words, for people reading the log: "Ana approved
 * version 3 of “UDCG 25”". The JSON stays beside it for the details.
 */
export type AuditFacts = {
  action: string;
  /** The actor's name, else the email they used; empty for the system (a command line). */
  actor: string;
  /** What the entry is about, by name when it still exists: a meeting's title, a user's or party's name. */
  target: string;
  before: unknown;
  after: unknown;
};

type Parts = { actor: string; target: string; before: Record<string, unknown>; after: Record<string, unknown> };

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : "");
const quoted = (value: string) => `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;
const words = (value: unknown) => text(value).replaceAll("_", " ");

function meeting(p: Parts): string {
  const title = text(p.after.title) || p.target;
  return title ? quoted(title) : "a meeting";
}
function version(p: Parts): string {
  const n = text(p.after.version) || text(p.before.version);
  return n ? `version ${n} of ${meeting(p)}` : meeting(p);
}
const someone = (p: Parts) => p.target || "an account";
const pledge = (p: Parts) => text(p.after.pledge) || text(p.before.pledge) || "a pledge";
const withComment = (p: Parts) => (text(p.after.comment) ? `: ${quoted(text(p.after.comment))}` : "");
const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? `1 ${one}` : `${text(n) || "no"} ${many}`);

const PASSWORD_VIA: Record<string, string> = {
  account: "changed their password",
  invitation: "set their password from an invitation",
  password_reset: "set a new password from a reset link",
};

const SENTENCES = {
  "user.sign_in": (p) => `${p.actor} signed in`,
  "user.sign_in_failed": (p) =>
    p.after.reason === "throttled" ? `A sign-in as ${p.actor} was refused after too many failed attempts` : `A sign-in as ${p.actor} failed`,
  "user.sign_out": (p) => `${p.actor} signed out`,
  "user.create": (p) =>
    p.after.via === "admin:create"
      ? `The first administrator, ${text(p.after.email) || someone(p)}, was created from the command line`
      : `${p.actor} created the account of ${someone(p)} as ${words(p.after.role) || "a user"}`,
  "user.role_change": (p) => `${p.actor} changed the role of ${someone(p)} from ${words(p.before.role)} to ${words(p.after.role)}`,
  "user.deactivate": (p) => `${p.actor} deactivated the account of ${someone(p)}`,
  "user.reactivate": (p) => `${p.actor} reactivated the account of ${someone(p)}`,
  "user.password_change": (p) => `${p.actor} ${PASSWORD_VIA[text(p.after.via)] ?? "changed their password"}`,
  "user.password_reset_issued": (p) =>
    p.after.via === "self" ? `${p.actor} asked for a password reset link` : `${p.actor} issued a password reset link for ${someone(p)}`,
  "meeting.create": (p) => `${p.actor} recorded ${meeting(p)} as a draft`,
  "meeting.update": (p) => `${p.actor} saved ${version(p)}`,
  "meeting.submit": (p) => `${p.actor} submitted ${version(p)} for review`,
  "meeting.withdraw": (p) => `${p.actor} withdrew ${version(p)} from review`,
  "meeting.approve": (p) =>
    `${p.actor} approved ${version(p)}` +
    (text(p.after.override)
      ? ` despite ${plural(p.after.openComments, "open item comment", "open item comments")}, because ${quoted(text(p.after.override))}`
      : ""),
  "meeting.request_changes": (p) => `${p.actor} requested changes to ${version(p)}${withComment(p)}`,
  "meeting.archive": (p) => `${p.actor} archived ${meeting(p)}${text(p.after.reason) ? `, because ${quoted(text(p.after.reason))}` : ""}`,
  "meeting.discard": (p) => `${p.actor} discarded the draft of ${meeting(p)}`,
  "meeting.retract": (p) => `${p.actor} retracted ${meeting(p)}${text(p.after.reason) ? `, because ${quoted(text(p.after.reason))}` : ""}`,
  "meeting.restore": (p) => `${p.actor} restored ${meeting(p)}`,
  "meeting.comment": (p) => `${p.actor} commented on ${meeting(p)}`,
  "meeting.export": (p) =>
    text(p.after.version)
      ? `${p.actor} exported ${version(p)} as ${text(p.after.format).toUpperCase()}`
      : `${p.actor} exported the commitments of published readouts as ${text(p.after.format).toUpperCase() || "a file"}`,
  "meeting.item_comment": (p) => `${p.actor} commented on the ${text(p.after.item) || "item"} ${quoted(text(p.after.label))} in ${version(p)}`,
  "meeting.item_comment_resolve": (p) => `${p.actor} resolved the comment on ${quoted(text(p.after.label))} in ${meeting(p)}`,
  "meeting.item_comment_reopen": (p) => `${p.actor} reopened the comment on ${quoted(text(p.after.label))} in ${meeting(p)}`,
  "event.propose": (p) => `${p.actor} proposed “${words(p.after.kind) || "progress"}” on ${pledge(p)}`,
  "event.withdraw": (p) => `${p.actor} withdrew the proposed “${words(p.before.kind) || "progress"}” on ${pledge(p)}`,
  "event.approve": (p) => `${p.actor} approved progress on ${pledge(p)}`,
  "event.reject": (p) => `${p.actor} rejected progress on ${pledge(p)}${withComment(p)}`,
  "import.propose": (p) => `${p.actor} proposed the import of ${quoted(text(p.after.fileName))} (${plural(p.after.rows, "row", "rows")})`,
  "import.approve": (p) => `${p.actor} approved a pledge import (${plural(p.after.pledges, "pledge", "pledges")}, ${plural(p.after.events, "event", "events")})`,
  "import.reject": (p) => `${p.actor} rejected a pledge import${withComment(p)}`,
  "rates.upload": (p) => `${p.actor} uploaded exchange rates from ${quoted(text(p.after.fileName))} (${plural(p.after.rates, "rate", "rates")})`,
  "ledger.export": (p) => `${p.actor} exported the ledger as ${text(p.after.format) || "a file"}`,
  "party.alias_add": (p) => `${p.actor} added the name ${quoted(text(p.after.alias))} for ${p.target || "a party"}`,
  "setting.change": (p) => `${p.actor} turned reading without signing in ${p.after.on === true ? "on" : "off"}`,
  "token.create": (p) => `${p.actor} created the access token ${quoted(text(p.after.name))}`,
  "token.revoke": (p) => `${p.actor} revoked ${text(p.before.name) ? `the access token ${quoted(text(p.before.name))}` : "an access token"}`,
} satisfies Record<AuditAction, (parts: Parts) => string>;

export function describeAuditEvent(facts: AuditFacts): string {
  const parts: Parts = { actor: facts.actor || "Readout", target: facts.target, before: record(facts.before), after: record(facts.after) };
  const sentence = SENTENCES[facts.action as AuditAction];
  // Entries written before an action was renamed or added keep their raw name.
  return `${sentence ? sentence(parts) : `${parts.actor}: ${facts.action}`}.`;
}
