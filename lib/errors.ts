/** Expected failures, each with a message a person can act on. */
export const APP_ERRORS = {
  unauthenticated: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have permission to do that.",
  not_found: "That record does not exist or is not available to you.",
  conflict: "Someone else saved this record after you opened it. Your changes were not saved.",
  invalid_state: "This record is not in a state that allows that.",
  invalid_input: "Some fields need attention.",
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = APP_ERRORS[code],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export type FieldErrors = Record<string, string[]>;

/** What a server action returns: success, or a message and per-field errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: AppErrorCode; formError: string; fieldErrors?: FieldErrors };

export function failure(error: AppError, fieldErrors?: FieldErrors): ActionResult<never> {
  return { ok: false, code: error.code, formError: error.message, ...(fieldErrors ? { fieldErrors } : {}) };
}
