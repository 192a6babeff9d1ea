/** What the page asks of the search engine, whether it runs in a worker or on the page. */
import type { SearchEngine } from "../search/engine";
import type { UpFront } from "./up-front";

export type EngineApi = Pick<SearchEngine, "search" | "instant" | "load" | "suggest">;

/** A call to the worker (search-worker.ts): a method of the engine and its arguments, with an id for the answer. */
export type EngineCall = { readonly id: number } & (
  | { readonly method: "open"; readonly args: [metaUrl: string, upFront: UpFront] }
  | { readonly method: "search"; readonly args: Parameters<SearchEngine["search"]> }
  | { readonly method: "instant"; readonly args: Parameters<SearchEngine["instant"]> }
  | { readonly method: "load"; readonly args: [ids: number[]] }
  | { readonly method: "suggest"; readonly args: Parameters<SearchEngine["suggest"]> }
);

/** The worker's answer to the call with the same id. */
export interface EngineAnswer {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}
