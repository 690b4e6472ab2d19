import "server-only";
import { authorize } from "@/lib/dal/authorize";
import { isPublicReadingOn, setPublicReading } from "@/lib/settings/public-reading";

/** The instance's settings, for the admins' Settings page. */
export async function getSettings(): Promise<{ publicReading: boolean }> {
  await authorize("manage:setting:any");
  return { publicReading: await isPublicReadingOn() };
}

/** Turns reading without signing in on or off; audited. */
export async function changePublicReading(on: boolean): Promise<void> {
  const actor = await authorize("manage:setting:any");
  await setPublicReading(actor, on);
}
