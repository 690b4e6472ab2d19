"use client";

import { useMemo, useState } from "react";
import { moveItem } from "@/lib/meetings/blank";
import type { MeetingInput } from "@/lib/validation/meeting";

type ListName = "participants" | "discussions" | "commitments" | "sources";
type Item<L extends ListName> = MeetingInput[L][number];

/** Adds, changes, moves and removes the items of one list by key. Its functions never change, so rows can be memoised. */
export type ListEditor<L extends ListName> = {
  add: (item: Item<L>) => void;
  update: (key: string, patch: Partial<Item<L>>) => void;
  move: (key: string, delta: -1 | 1) => void;
  remove: (key: string) => void;
};

export type MeetingValues = ReturnType<typeof useMeetingValues>;

/**
 * The meeting form's one state: every field, controlled. A keystroke changes
 * one item, so only its row renders again (each row is memoised and gets
 * these stable functions rather than closures over the whole list).
 */
export function useMeetingValues(initial: MeetingInput) {
  const [values, setValues] = useState(initial);
  const editors = useMemo(() => {
    const editor = <L extends ListName>(name: L, onRemove?: (v: MeetingInput, key: string) => MeetingInput): ListEditor<L> => {
      const change = (edit: (list: Item<L>[]) => Item<L>[]) => setValues((v) => ({ ...v, [name]: edit(v[name] as Item<L>[]) }));
      return {
        add: (item) => change((list) => [...list, item]),
        update: (key, patch) => change((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item))),
        move: (key, delta) =>
          change((list) => {
            const index = list.findIndex((item) => item.key === key);
            return index < 0 ? list : moveItem(list, index, delta);
          }),
        remove: (key) => {
          change((list) => list.filter((item) => item.key !== key));
          if (onRemove) setValues((v) => onRemove(v, key));
        },
      };
    };
    return {
      set: <K extends keyof MeetingInput>(key: K, value: MeetingInput[K]) => setValues((v) => ({ ...v, [key]: value })),
      participants: editor("participants"),
      // A commitment that was part of a removed discussion is then part of none.
      discussions: editor("discussions", (v, key) => ({
        ...v,
        commitments: v.commitments.map((c) => (c.discussionKey === key ? { ...c, discussionKey: "" } : c)),
      })),
      commitments: editor("commitments"),
      // A commitment that named a removed source then names none.
      sources: editor("sources", (v, key) => ({
        ...v,
        commitments: v.commitments.map((c) => (c.sourceKey === key ? { ...c, sourceKey: "" } : c)),
      })),
    };
  }, []);
  return { values, ...editors };
}
