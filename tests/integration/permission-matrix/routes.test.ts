import { beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../../support/database";
import { runMatrix } from "../../support/matrix/runner";
import { authRoutes } from "./auth-routes.matrix";
import { healthRoutes } from "./health-routes.matrix";
import { routes } from "./routes.matrix";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

runMatrix({ ...routes, ...authRoutes, ...healthRoutes }, () => prisma);
