import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { defineConfig } from "prisma/config";

// `prisma generate` reads the schema's env("DATABASE_URL") even though it
// connects to nothing; a placeholder lets it run on a machine with no database.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/readout";

// The adapter's executeScript splits a migration on every ";", which breaks
// any function body, and runs the pieces outside a transaction. Sending the
// whole file as one simple query lets Postgres parse it and apply it atomically.
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as Pool;
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }
}

// The WebAssembly schema engine ("js") runs migrations through the pg driver,
// so the CLI never downloads a native engine (docs/decisions/0002-prisma-offline.md).
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  adapter: async () => new WholeScriptPrismaPg({ connectionString: process.env.DATABASE_URL }),
});
