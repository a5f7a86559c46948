export declare const storybookStaticDir: string;
export declare function staleReason(): string | undefined;
export declare function ensureStorybookStatic(options?: {
  force?: boolean;
  log?: (line: string) => void;
}): Promise<{ built: boolean; reason: string; seconds: number }>;
