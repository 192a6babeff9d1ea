// The whole build, not just the loader: a content mistake stops `astro build` with the file named.
import { expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

test("astro build fails with a message naming the file and the field", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "bad-content-"));
  try {
    await copyFile("content/categories.yaml", path.join(dir, "categories.yaml"));
    await writeFile(
      path.join(dir, "wrong-category.md"),
      "---\ntitle: 잘못된 글\ncategory: [없는 서비스]\nupdated: 2025-01-01\n---\n본문\n",
    );
    await writeFile(path.join(dir, "no-date.md"), "---\ntitle: 날짜 없는 글\ncategory: [비즈 메시지]\n---\n본문\n");
    // Checked in the same build, so this costs no extra run.
    await writeFile(path.join(dir, "synonyms.yaml"), "- [웹훅, webhook]\n- [결과 코드, 3010]\n");
    const result = spawnSync("astro", ["build", "--outDir", path.join(dir, "dist")], {
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain("3 content errors");
    expect(output).toMatch(/wrong-category\.md › category: \[없는 서비스\] is not a category path/);
    expect(output).toMatch(/no-date\.md › updated: updated is missing/);
    expect(output).toMatch(/synonyms\.yaml › \[1\]\[1\] \(line 2\): member is the number 3010: put text in quotes/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
