// `npm run build`: the production build, stamped so that `npm start` does not rebuild it.
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { generateClientIfMissing } from "@/lib/cli/database";

await generateClientIfMissing();
await buildIfNeeded();
