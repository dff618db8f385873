// The sandboxed preload script: exposes the contract bridge as window.scrutineer and nothing else.
// Sandboxed preloads cannot require local files, so build.ts bundles this with its imports.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('scrutineer', buildBridge(ipcRenderer));
