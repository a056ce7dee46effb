import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";

// LibreOffice keeps the cached results of an .xlsx unless told to recalculate on load; a private profile
// sets that (OOXMLRecalcMode 0 = always), so every formula is really recomputed by a program we did not write.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;

function profileUrl(): string {
  if (!profile) {
    profile = mkdtempSync(path.join(tmpdir(), "bloc-lo-profile-"));
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  return `file://${profile}`;
}

const FILTERS = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  ods: "ods:calc8",
  pdf: "pdf:calc_pdf_Export",
} as const;

/** Converts a file with headless LibreOffice (`xlsx`, `ods` or `pdf`) into a folder; returns the new file's path. */
export function convert(file: string, to: keyof typeof FILTERS, outdir: string): string {
  const filter = FILTERS[to];
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profileUrl()}`, "--headless", "--convert-to", filter, "--outdir", outdir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  return path.join(outdir, `${path.basename(file, path.extname(file))}.${to}`);
}
