import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit";
import { describeAuditEvent, type AuditFacts } from "@/lib/audit-sentences";
import { waitingFor } from "@/lib/meetings/waiting";

const say = (facts: Partial<AuditFacts> & { action: string }) =>
  describeAuditEvent({ actor: "Ana", target: "", before: null, after: null, ...facts });

/** Every action name written in the sources: `action: "…"` and the values of action maps such as transition-meeting's. */
function actionsInSources(): string[] {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = ["lib", "app"].flatMap((dir) =>
    (readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .map((f) => path.join(dir, f))
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(path.join("lib", "generated")) && f !== path.join("lib", "audit.ts")),
  );
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!source.includes("recordAudit")) continue;
    // The value of `action: …` (a name, or a choice of names), and each entry of an action map (`submit: "meeting.submit",`).
    const values = [...source.matchAll(/\baction: ([^,]*)/g), ...source.matchAll(/^\s*\w+: ("(?:user|meeting|event|import|rates|ledger|party)\.[a-z_]+"),$/gm)];
    for (const [, value] of values) for (const match of value!.matchAll(/"([a-z]+\.[a-z_]+)"/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

describe("audit sentences", () => {
  it("has a sentence of its own for every action the sources write", () => {
    const written = actionsInSources();
    expect(written.length).toBeGreaterThan(20);
    for (const action of new Set([...written, ...AUDIT_ACTIONS])) {
      expect(AUDIT_ACTIONS, action).toContain(action);
      const sentence = say({ action, target: "Target" });
      expect(sentence, action).not.toContain(action);
      expect(sentence, action).toMatch(/\.$/);
    }
  });

  it("says who approved which version of which meeting", () => {
    expect(say({ action: "meeting.approve", target: "UDCG 25", before: { status: "in_review", version: 3 }, after: { status: "published", version: 3 } })).toBe(
      "Ana approved version 3 of “UDCG 25”.",
    );
  });

  it("says an approval overrode open item comments, and why", () => {
    const sentence = say({ action: "meeting.approve", target: "UDCG 25", after: { version: 2, override: "Typo only", openComments: 2 } });
    expect(sentence).toBe("Ana approved version 2 of “UDCG 25” despite 2 open item comments, because “Typo only”.");
  });

  it("says whose role changed, from what to what", () => {
    expect(say({ action: "user.role_change", actor: "Bo", target: "Cy (cy@example.org)", before: { role: "editor" }, after: { role: "reviewer" } })).toBe(
      "Bo changed the role of Cy (cy@example.org) from editor to reviewer.",
    );
  });

  it("names the commented item and the version", () => {
    expect(say({ action: "meeting.item_comment", target: "UDCG 25", after: { item: "participant", label: "Germany", version: 4 } })).toBe(
      "Ana commented on the participant “Germany” in version 4 of “UDCG 25”.",
    );
  });

  it("prefers the title the entry recorded over today's", () => {
    expect(say({ action: "meeting.update", target: "New title", after: { version: 2, title: "Old title" } })).toBe("Ana saved version 2 of “Old title”.");
  });

  it("keeps an unknown action's name rather than inventing words", () => {
    expect(say({ action: "meeting.teleport" })).toBe("Ana: meeting.teleport.");
  });

  it("names the system when no one acted", () => {
    expect(say({ action: "user.create", actor: "", after: { email: "a@b.c", role: "admin", via: "admin:create" } })).toBe(
      "The first administrator, a@b.c, was created from the command line.",
    );
  });
});

describe("waitingFor", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  it.each([
    ["2026-11-28T11:30:00Z", "under an hour"],
    ["2026-11-28T11:00:00Z", "1 hour"],
    ["2026-11-28T01:00:00Z", "11 hours"],
    ["2026-11-27T12:00:00Z", "1 day"],
    ["2026-11-18T11:00:00Z", "10 days"],
  ])("since %s is %s", (since, expected) => {
    expect(waitingFor(new Date(since), now)).toBe(expected);
  });
});
