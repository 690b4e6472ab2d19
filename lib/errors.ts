import { isDatabaseUnavailable } from "@/lib/db-unavailable";

/** Expected failures, each with a message a person can act on. */
export const APP_ERRORS = {
  unauthenticated: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have permission to do that.",
  not_found: "That record does not exist or is not available to you.",
  conflict: "This record was saved again after you opened it (by someone else, or in another tab). Your changes were not saved.",
  invalid_state: "This record is not in a state that allows that.",
  invalid_input: "Some fields need attention.",
  unavailable: "Readout is temporarily unavailable. Nothing was saved; try again in a moment.",
  rate_limited: "Too many requests from your address. Wait a minute, or sign in.",
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = APP_ERRORS[code],
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Too many anonymous requests from one address: try again after `retryAfter` seconds. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfter: number) {
    super("rate_limited");
  }
}

/** Every slot for this work is taken: try again after `retryAfter` seconds. */
export class BusyError extends AppError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super("unavailable", message);
  }
}

/** What a server action returns: success, or a message and per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: AppErrorCode; formError: string; fieldErrors?: FieldErrors };

export function failure(error: AppError, fieldErrors = error.fieldErrors): ActionResult<never> {
  return { ok: false, code: error.code, formError: error.message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * The body of a server action: its result on success, an expected failure
 * (AppError) as a result the form can show; anything else is a bug and throws.
 */
export async function runAction<T = undefined>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, data, ...(message ? { message } : {}) };
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    if (isDatabaseUnavailable(error)) return failure(new AppError("unavailable"));
    throw error;
  }
}
