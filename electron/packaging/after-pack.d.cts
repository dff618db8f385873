// Types for after-pack.cjs, so it can be tested from TypeScript.
// Only the fields of electron-builder's PackContext the hook reads are described.
export interface AfterPackContext {
  appOutDir: string;
  arch: number;
  electronPlatformName: string;
  packager: {
    info: { projectDir: string };
    appInfo: { productFilename: string };
    executableName: string;
  };
}

export function electronBinaryPath(context: AfterPackContext): string;
export function fuseConfig(context: AfterPackContext): Record<string | number, unknown>;
export function afterPack(
  context: AfterPackContext,
  flip?: (binary: string, config: Record<string | number, unknown>) => Promise<unknown>,
): Promise<void>;
