import { beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../../support/database";
import { runMatrix } from "../../support/matrix/runner";
import { benchRoutes } from "./bench.matrix";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

runMatrix(benchRoutes, () => prisma);
