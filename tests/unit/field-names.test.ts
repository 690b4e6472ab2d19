import { describe, expect, it } from "vitest";
import { describeField, summaryMessage } from "@/lib/meetings/field-names";

describe("the error summary's names for fields", () => {
  it("names the item of every list, sources included", () => {
    expect(describeField("commitments.3.amount")).toBe("Commitment 4: Amount");
    expect(describeField("sources.1.title")).toBe("Source 2: Title");
    expect(describeField("sources.0.url")).toBe("Source 1: Address");
    expect(describeField("participants.0.name")).toBe("Participant 1: Name");
    expect(describeField("startsAtOffset")).toBe("Start");
  });

  it("says what a duplicate warning is, and points to it rather than repeating it", () => {
    expect(describeField("confirmDuplicate")).toBe("Possible duplicate");
    const message = "A record of UDCG on 2026-03-03 already exists. Check it is not this meeting, then confirm to save anyway.";
    expect(summaryMessage("confirmDuplicate", [message])).not.toContain(message);
    expect(summaryMessage("title", ["Title is required."])).toBe("Title is required.");
  });
});
