/** The search page's state lives in the URL: reading it tolerates anything, writing it is canonical. */
import { cleanQuery } from "../search/clean";
import type { SortOrder } from "../search/types";

export interface PageState {
  readonly q: string;
  /** Category slug path, or "" for all. */
  readonly category: string;
  readonly sort: SortOrder;
  /** 1-based; clamped to the last page when results are known. */
  readonly page: number;
  /** Search the words exactly as typed, without correcting them (`exact=1`, from "search for … instead"). */
  readonly exact: boolean;
}

export const RESULTS_PER_PAGE = 10;

export function readState(search: string, knownCategories: ReadonlySet<string>): PageState {
  const params = new URLSearchParams(search);
  const category = (params.get("category") ?? "").replace(/^\/+|\/+$/g, "");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: cleanQuery(params.get("q") ?? ""),
    category: knownCategories.has(category) ? category : "",
    sort: params.get("sort") === "latest" ? "latest" : "relevance",
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    exact: params.get("exact") === "1",
  };
}

/** Query string with only the non-default parameters, in a fixed order. */
export function stateToSearch(state: PageState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.category) params.set("category", state.category);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.exact) params.set("exact", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
}
