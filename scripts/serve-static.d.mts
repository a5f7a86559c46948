export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}
export declare function serveStatic(
  dir: string,
  options?: { host?: string; port?: number },
): Promise<StaticServer>;
