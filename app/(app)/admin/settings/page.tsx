import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/dal/settings";
import { PublicReadingForm } from "./_components/public-reading-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser("manage:setting:any");
  const { publicReading } = await getSettings();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <PublicReadingForm on={publicReading} />
    </div>
  );
}
