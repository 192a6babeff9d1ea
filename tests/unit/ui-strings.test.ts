import { describe, expect, it, vi } from "vitest";

describe("counts in the interface", () => {
  it("are grouped as Korean writes numbers (Intl's ko-KR formatter is the oracle)", async () => {
    const { ui } = await import("../../src/ui/strings");
    const korean = new Intl.NumberFormat("ko-KR");
    for (const n of [0, 7, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 50_000, 1_234_567_890]) {
      expect(ui.resultsHeading(n)).toBe(`도움말 검색 결과 (총 ${korean.format(n)}건)`);
      expect(ui.articleCount(n)).toBe(`${korean.format(n)}개`);
    }
  });

  it("are written without an Intl formatter: the first one costs a page ~13 ms on the way to its first results", async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, "NumberFormat");
    const { ui } = await import("../../src/ui/strings");
    ui.resultsHeading(12_345);
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });
});
