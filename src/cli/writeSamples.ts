import { promises as fs } from "fs";
import path from "path";
import { SAMPLES } from "../samples";
import { workbookToXlsx } from "../xlsx/workbookToXlsx";

/** `npm run samples`: writes the bundled sample blocs as .xlsx files into a folder (default assets/samples). */
export async function writeSamples(folder: string): Promise<string[]> {
  await fs.mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    const file = path.join(folder, `${sample.id}.xlsx`);
    await fs.writeFile(file, await workbookToXlsx(sample.build(2024)));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  writeSamples(process.argv[2] ?? "assets/samples").then(
    (files) => files.forEach((file) => console.log(file)),
    (error) => {
      console.error(`samples: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
