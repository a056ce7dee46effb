import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

// The engine runs in the ES5 ribbon bundle, where Babel turns each `\p{…}` regular expression into character
// classes of tens of kilobytes; letters and marks are looked up in letterClass's table instead.
const ENGINE = path.resolve(__dirname, "../../../src/engine");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("the engine's regular expressions", () => {
  it("use no Unicode property escapes outside comments", () => {
    const found = files(ENGINE).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({
          line: line.replace(/\/\/.*$/, ""),
          at: `${path.relative(ENGINE, file)}:${i + 1}`,
        }))
        .filter(({ line }) => !/^\s*(\/\*|\*)/.test(line) && /\\[pP]\{/.test(line))
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
  });
});
