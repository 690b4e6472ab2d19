/** Shared with forms in the browser, which must not load the password dictionaries. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters; a phrase of unrelated words works well.`;
