/**
 * What the page asks of the search engine, whether it runs in a worker or on the page. The one
 * list of methods below is what both sides of the worker boundary are built from (open-engine.ts,
 * search-worker.ts): a method added to the engine for the page is added here, once.
 */
import type { SearchEngine } from "../search/engine";
import type { UpFront } from "./up-front";

export const ENGINE_METHODS = ["search", "instant", "load", "excerpts", "heads", "suggest", "prepare"] as const;
type EngineMethod = (typeof ENGINE_METHODS)[number];

export type EngineApi = Pick<SearchEngine, EngineMethod>;

type MethodCall = { [M in EngineMethod]: { readonly method: M; readonly args: Parameters<SearchEngine[M]> } }[EngineMethod];

/** A call to the worker (search-worker.ts): a method of the engine and its arguments, with an id for the answer. */
export type EngineCall = { readonly id: number } & (
  { readonly method: "open"; readonly args: [metaUrl: string, upFront: UpFront] } | MethodCall
);

/** The worker's answer to the call with the same id. */
export interface EngineAnswer {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

/** Calls `method` of `engine` with `args` (one cast here instead of a switch per side). */
export function callMethod(engine: EngineApi, call: MethodCall): Promise<unknown> {
  const method = engine[call.method] as (...args: readonly unknown[]) => Promise<unknown>;
  return method.apply(engine, call.args);
}

/** An EngineApi whose every method hands its call to `forward`. */
export function engineProxy(forward: (call: MethodCall) => Promise<unknown>): EngineApi {
  return Object.fromEntries(
    ENGINE_METHODS.map((method) => [method, (...args: unknown[]) => forward({ method, args } as MethodCall)]),
  ) as unknown as EngineApi;
}
