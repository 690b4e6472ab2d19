import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy-limits";

const zxcvbn = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
});

/**
 * Why a new password is not acceptable, or null when it is: long enough, and
 * not a common password or an easy variation of one (or of the user's own
 * name or email), as judged by zxcvbn's dictionaries of leaked passwords.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const result = zxcvbn.check(password, userInputs.flatMap((i) => [i, ...i.split(/[@.\s]+/)]).filter(Boolean));
  if (result.score < 3) {
    const why = result.feedback.warning ?? "This password is too easy to guess.";
    return `${why} Try a longer phrase of unrelated words.`;
  }
  return null;
}
