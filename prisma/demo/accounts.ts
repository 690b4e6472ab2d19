import type { Role } from "@/lib/auth/roles";

export const DEMO_PASSWORD = "readout-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@readout.example", name: "Ada Okafor", role: "admin" },
  { email: "editor@readout.example", name: "Eitan Novak", role: "editor" },
  { email: "reviewer@readout.example", name: "Rosa Lindqvist", role: "reviewer" },
  { email: "reviewer2@readout.example", name: "Rui Santos", role: "reviewer" },
  { email: "viewer@readout.example", name: "Victor Amari", role: "viewer" },
];
