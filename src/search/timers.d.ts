// The one host API the search core uses: a timer, to let queued work run between the tables
// `prepare()` builds (pipeline.ts). Browsers, workers and Node all provide it; the core's tsconfig
// has no DOM or Node types, so it is declared here, as both define it.
declare function setTimeout(handler: () => void, timeout?: number): unknown;
