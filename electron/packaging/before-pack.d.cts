// Types for before-pack.cjs, so its pure parts can be tested from TypeScript.
// Only the fields of electron-builder's PackContext the hook reads are described.
import type { RebuildOptions } from '@electron/rebuild';

export interface PackContextFields {
  arch: number;
  electronPlatformName: string;
  packager: { info: { projectDir: string; framework: { version: string } } };
}

export function nativeBuildPaths(projectDir: string): { addon: string; setAside: string };
export function rebuildOptionsFor(context: PackContextFields): RebuildOptions | null;
export function beforePack(
  context: PackContextFields,
  rebuild?: (options: RebuildOptions) => Promise<void>,
): Promise<void>;
