import { writeFixtures } from "../fixtures/write-fixtures";

/** Every test reads the same fixture workbooks, written once per run from the seed transcriptions. */
export default async function globalSetup(): Promise<void> {
  await writeFixtures();
}
