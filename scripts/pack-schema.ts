/** Moved to tools/pack-schema.ts (npm run pack-schema); kept so `npx tsx scripts/pack-schema.ts` still works. */
import { writePackSchema } from "../tools/pack-schema";

console.log(`written ${writePackSchema()}`);
