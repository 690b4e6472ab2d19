import { beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../../support/database";
import { runMatrix } from "../../support/matrix/runner";
import { publicReaderRoutes } from "./outside.matrix";

// The reader routes with public reading on; routes.matrix.ts and ledger.matrix.ts have them with it off (the default).
let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await prisma.setting.create({ data: { key: "public_reading", value: true } });
});

runMatrix(publicReaderRoutes, () => prisma);
