/** Content errors are collected, not thrown one by one, so an author sees every mistake in one build. */

export interface ContentProblem {
  /** Path relative to the working directory, e.g. `content/chatbot-admin/cb-join.md`. */
  readonly file: string;
  /** Front-matter field or YAML location, when the problem is in one. */
  readonly field?: string;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ""}: ${problem.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `${problems.length} content error${problems.length === 1 ? "" : "s"}; fix ${problems.length === 1 ? "it" : "them"} and build again:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
