import type { Tx } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import { UKRAINE_CODE } from "@/lib/ledger/parties";
import { findParties, partyFor, unknownParty, type MatchedParty } from "@/lib/ledger/party-match";
import { linkPledges } from "@/lib/meetings/link-pledges";
import type { MeetingInput } from "@/lib/validation/meeting";

/** What a revision's free text and pledge references resolve to, item by item. */
export type RevisionLinks = {
  participantPartyIds: string[];
  commitments: { partyId: string; recipientId: string; pledgeId: string | null }[];
};

/**
 * Resolves the parties a meeting names (through their aliases) and the
 * pledge each commitment announces: the one its key already created in this
 * meeting, the one it links to, or none yet (null: a new pledge). With
 * `checkSimilar`, a new commitment that looks like an open pledge of the
 * series is refused once, with the pledges it resembles. Throws
 * invalid_input with every problem by field; nothing is written.
 */
export async function linkRevision(
  tx: Tx,
  args: { meetingId: string | null; input: MeetingInput; checkSimilar: boolean },
): Promise<RevisionLinks> {
  const { input } = args;
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);

  const parties = await findParties(tx, [
    ...input.participants.map((p) => p.name),
    ...input.commitments.flatMap((c) => [c.party, c.recipient]),
  ]);
  const participantPartyIds = resolveParticipants(input, parties, add);
  const ukraine = input.participants.map((p) => partyFor(parties, p.name)).find((p) => p?.code === UKRAINE_CODE);

  const commitmentParties = input.commitments.map((c, i) => {
    const party = partyFor(parties, c.party);
    if (!party) add(`commitments.${i}.party`, unknownParty(c.party));
    const recipient = c.recipient ? partyFor(parties, c.recipient) : ukraine;
    if (!c.recipient && !ukraine) add(`commitments.${i}.recipient`, "Give the recipient (Ukraine is assumed only when it takes part).");
    else if (!recipient) add(`commitments.${i}.recipient`, unknownParty(c.recipient));
    return { partyId: party?.id ?? null, recipientId: recipient?.id ?? null };
  });

  const pledgeIds = await linkPledges(tx, {
    meetingId: args.meetingId,
    series: input.series,
    commitments: input.commitments.map((c, i) => ({ ...c, partyId: commitmentParties[i]!.partyId })),
    checkSimilar: args.checkSimilar,
    add,
  });

  if (Object.keys(errors).length > 0) throw new AppError("invalid_input", undefined, errors);
  return {
    participantPartyIds: participantPartyIds as string[],
    commitments: commitmentParties.map((c, i) => ({ partyId: c.partyId!, recipientId: c.recipientId!, pledgeId: pledgeIds[i] ?? null })),
  };
}

function resolveParticipants(
  input: MeetingInput,
  parties: Map<string, MatchedParty>,
  add: (path: string, message: string) => void,
): (string | null)[] {
  const listed = new Map<string, number>();
  return input.participants.map((p, i) => {
    const party = partyFor(parties, p.name);
    if (!party) {
      add(`participants.${i}.name`, unknownParty(p.name));
      return null;
    }
    const earlier = listed.get(party.id);
    if (earlier === undefined) listed.set(party.id, i);
    else add(`participants.${i}.name`, `“${p.name.trim()}” is ${party.name}, already listed as participant ${earlier + 1}.`);
    return party.id;
  });
}
