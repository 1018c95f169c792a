export function newestChange(path: string): number;
export function withBuildLock<T>(lockDir: string, staleMs: number, build: () => Promise<T>): Promise<T>;
