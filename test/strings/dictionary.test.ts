import { dictionary, type KeyOf } from "../../src/strings/dictionary";
import { unitWords } from "../../src/strings/unitWords";

// Each `@ts-expect-error` below is checked by tsc (npm run typecheck): were the mistake under it accepted, the
// directive itself would be the error, so these cases fail the type check if the completeness check is lost.
describe("dictionary", () => {
  const vi = { hello: "Xin chào {name}", bye: "Tạm biệt" } as const;

  it("keeps both languages' words under the same keys", () => {
    const words = dictionary(vi, { hello: "Hello {name}", bye: "Goodbye" });
    expect(words.vi.bye).toBe("Tạm biệt");
    expect(words.en.bye).toBe("Goodbye");
    const key: KeyOf<typeof words> = "hello";
    expect(Object.keys(words.en)).toContain(key);
  });

  it("makes an English key missing a compile error", () => {
    const en = { hello: "Hello {name}" };
    // @ts-expect-error English lacks `bye`
    const words = dictionary(vi, en);
    expect(Object.keys(words.en)).not.toContain("bye");
  });

  it("makes an English key Vietnamese does not have a compile error", () => {
    const en = { hello: "Hello {name}", bye: "Goodbye", extra: "Nowhere in Vietnamese" };
    // @ts-expect-error English has `extra`
    const words = dictionary(vi, en);
    expect(Object.keys(words.en)).toContain("extra");
  });

  it("makes a key neither language has a compile error in a lookup", () => {
    const say = dictionary(vi, { hello: "Hello {name}", bye: "Goodbye" });
    expect(say("en", "hello", { name: "Lan" })).toBe("Hello Lan");
    expect(say("vi", "hello", { name: "Lan" })).toBe("Xin chào Lan");
    // @ts-expect-error no such key
    const unknown = (): string => say("en", "nothing");
    expect(unknown).toThrow();
  });

  it("is its own lookup and its words at once", () => {
    const say = dictionary(vi, { hello: "Hello {name}", bye: "Goodbye" });
    expect(say("en", "bye")).toBe(say.en.bye);
    expect(say("vi", "hello", { name: "Lan" })).toBe(say.vi.hello.replace("{name}", "Lan"));
  });

  it("words a dictionary given unitWords as a bloc's unless given a cluster", () => {
    const viKind = { lead: "{LeaderWord} {name}" } as const;
    const say = dictionary(viKind, { lead: "{LeaderWord} {name}" }, unitWords);
    expect(say("vi", "lead", { name: "A" })).toBe("Trưởng khối A");
    expect(say("vi", "lead", { name: "A" }, "cluster")).toBe("Cụm trưởng A");
    expect(say("en", "lead", { name: "A" }, "cluster")).toBe("Cluster leader A");
    // @ts-expect-error English lacks `lead`
    const missing = dictionary(viKind, {}, unitWords);
    expect(Object.keys(missing.en)).toEqual([]);
  });
});
