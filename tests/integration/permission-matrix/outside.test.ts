import { beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../../support/database";
import { runMatrix } from "../../support/matrix/runner";
import { outsideActions } from "./outside.matrix";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

runMatrix(outsideActions, () => prisma);
