import type { BuildOptions } from 'esbuild';
export declare const ROOT: string;
export declare function bundleOptions(): BuildOptions;
export declare function bundle(): Promise<void>;
export declare function runtimeDependencies(): string[];
