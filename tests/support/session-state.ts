export const testSession: { sid: string | null } = { sid: null };
