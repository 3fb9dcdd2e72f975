// `npm start` decides between Electron and browser mode by probing the electron package's files, never
// by requiring it. The probe is tested against throwaway folders shaped like each kind of install.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

type Probe = (electronDir: string) => string | null;
const startScript: string = new URL('../../scripts/start.mjs', import.meta.url).href;
const { findElectronBinary } = (await import(startScript)) as { findElectronBinary: Probe };

const base = mkdtempSync(join(tmpdir(), 'baton-start-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function install(name: string, files: Record<string, string>): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds nothing in an offline install (package present, no path.txt, no dist/)', () => {
    expect(findElectronBinary(install('offline', { 'package.json': '{}', 'index.js': '' }))).toBeNull();
  });

  it('finds nothing when path.txt names a binary that was never downloaded', () => {
    expect(findElectronBinary(install('half', { 'path.txt': 'electron' }))).toBeNull();
  });

  it('finds nothing when path.txt is empty', () => {
    expect(findElectronBinary(install('empty', { 'path.txt': '  \n', 'dist/electron': '' }))).toBeNull();
  });

  it('returns the binary of a complete install', () => {
    const dir = install('complete', { 'path.txt': 'electron', 'dist/electron': '#!/bin/sh\n' });
    chmodSync(join(dir, 'dist/electron'), 0o755);
    expect(findElectronBinary(dir)).toBe(join(dir, 'dist/electron'));
  });
});
