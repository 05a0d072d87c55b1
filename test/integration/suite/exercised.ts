// Records, at run time, which of Crosscheck's contributions the integration tests exercise: the
// commands they execute, the views they focus and the settings they read or change. index.ts
// installs the recorder before any test loads; zz_contributions.test.ts checks the record against
// package.json. Only calls made by test code count (the caller's stack frame is in a test file),
// not the extension's own executeCommand/getConfiguration calls. The record lives on globalThis
// because esbuild bundles each test file separately.
import * as vscode from 'vscode';

export interface Exercised {
  commands: Set<string>;
  settings: Set<string>;
}

const KEY = '__crosscheckExercised';

export function exercised(): Exercised | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as Exercised | undefined;
}

/** True when the function that called the wrapper (two frames up) is test code. */
function calledFromTest(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  // frames[0] is calledFromTest, frames[1] the wrapper, frames[2] its caller
  const caller = frames[2] ?? '';
  return /[\\/]test[\\/]integration[\\/]/.test(caller) && !/[\\/]index\.(js|ts)\b/.test(caller) && !/[\\/]exercised\.ts\b/.test(caller);
}

export function installRecorder(): Exercised {
  const existing = exercised();
  if (existing) return existing;
  const record: Exercised = { commands: new Set(), settings: new Set() };
  (globalThis as Record<string, unknown>)[KEY] = record;

  const commands = vscode.commands as { executeCommand: typeof vscode.commands.executeCommand };
  const executeCommand = commands.executeCommand.bind(vscode.commands);
  commands.executeCommand = function recordedExecuteCommand<T>(command: string, ...rest: unknown[]): Thenable<T> {
    if (calledFromTest()) record.commands.add(command);
    return executeCommand<T>(command, ...rest);
  };

  const workspace = vscode.workspace as { getConfiguration: typeof vscode.workspace.getConfiguration };
  const getConfiguration = workspace.getConfiguration.bind(vscode.workspace);
  workspace.getConfiguration = function recordedGetConfiguration(section?: string, scope?: vscode.ConfigurationScope | null): vscode.WorkspaceConfiguration {
    const config = getConfiguration(section, scope);
    if (!calledFromTest()) return config;
    const full = (key: string) => (section ? `${section}.${key}` : key);
    // The configuration object is frozen: hand out a copy whose accessors record the key.
    const recorded = <A extends unknown[], R>(fn: (key: string, ...args: A) => R) => (key: string, ...args: A): R => {
      record.settings.add(full(key));
      return fn.call(config, key, ...args);
    };
    return {
      ...config,
      get: recorded(config.get) as vscode.WorkspaceConfiguration['get'],
      has: recorded(config.has),
      inspect: recorded(config.inspect) as vscode.WorkspaceConfiguration['inspect'],
      update: recorded(config.update),
    };
  };
  return record;
}
