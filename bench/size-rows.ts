import { gzipSync } from "node:zlib";

/** One output file of a measured build, for `bench:size`'s tables. */
export interface ChunkRow {
  readonly file: string;
  /** `initial`: the entry and what it imports statically, transitively; the rest is `lazy`. */
  readonly kind: "initial" | "lazy";
  readonly minified: number;
  readonly gzip: number;
}

/** Initial files first, then each group by gzipped size, largest first. */
export function sortRows(rows: ChunkRow[]): ChunkRow[] {
  return rows.sort((a, b) => (a.kind === b.kind ? b.gzip - a.gzip : a.kind === "initial" ? -1 : 1));
}

/** The files `starts` load up front: themselves and what they import statically, transitively. */
export function staticallyLoaded(
  starts: Iterable<string>,
  staticImportsOf: (file: string) => readonly string[],
): Set<string> {
  const loaded = new Set<string>();
  const visit = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of staticImportsOf(file)) visit(imported);
  };
  for (const start of starts) visit(start);
  return loaded;
}

/**
 * Whether a build keeps what the package loads on demand out of the first download: every
 * `on-demand-*` chunk is lazy, and the flow's holds the flow (more than 10 KB minified; a bundled
 * `dist/` once left only re-export stubs there, their code in the first chunk).
 */
export function onDemandStaysLazy(rows: readonly ChunkRow[]): boolean {
  const onDemand = rows.filter((row) => row.file.startsWith("on-demand-"));
  const flowChunk = onDemand.find((row) => row.file.startsWith("on-demand-flow-"));
  return (flowChunk?.minified ?? 0) > 10_000 && onDemand.every((row) => row.kind === "lazy");
}

/** The output chunks of Rolldown or Rollup (the same shape in both). */
interface BuiltChunk {
  readonly fileName: string;
  readonly code: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
}

/** One row per chunk: initial when an entry loads it statically, sizes minified and gzipped. */
export function rowsOfChunks(chunks: readonly BuiltChunk[]): ChunkRow[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const initial = staticallyLoaded(entries, (name) => byName.get(name)?.imports ?? []);
  return sortRows(
    chunks.map((chunk) => ({
      file: chunk.fileName,
      kind: initial.has(chunk.fileName) ? "initial" : "lazy",
      minified: Buffer.byteLength(chunk.code),
      gzip: gzipSync(chunk.code, { level: 9 }).length,
    })),
  );
}
