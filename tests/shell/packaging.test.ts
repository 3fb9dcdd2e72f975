// Checks electron-builder.yml offline (issue 2 §12): the config itself (ids, targets, icons, every fuse),
// then a real `electron-builder --dir` run against a stand-in Electron distribution whose binary carries
// the fuse sentinel, so we can read back the fuses electron-builder flipped and list the app.asar.
// js-yaml, @electron/asar and @electron/fuses are electron-builder's own dependencies, loaded from there.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot } from './build-output';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as { listPackage(archive: string, options?: object): string[] };
const fuses = require('@electron/fuses') as { getCurrentFuseWire(binary: string): Promise<Record<string, number | string>> };
const run = promisify(execFile);

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  icon: string;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; category: string; icon: string };
}

const config = yaml.load(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** Electron's fuse sentinel, then wire version 1, eight fuses in Electron's shipped defaults. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_FUSES = '10110001';
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

describe('electron-builder.yml', () => {
  it('names the app and packs only the build output into an asar', () => {
    expect(config).toMatchObject({ appId: 'org.baton.desktop', productName: 'Baton', directories: { output: 'dist' }, asar: true });
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!src/**', '!tests/**']));
  });

  it('states every Electron fuse explicitly', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('targets Linux (AppImage, deb), Windows (nsis) and macOS (dmg) with icons from assets/', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.business' });
    for (const icon of [config.icon, config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(icon).toBe('assets/icon.png');
    }
    const png = readFileSync(join(repoRoot, 'assets/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(readFileSync(join(repoRoot, 'assets/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  });
});

describe('electron-builder --dir, offline, with a stand-in Electron', () => {
  let work = '';
  let appDir = '';

  beforeAll(async () => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'baton-package-'));
    const dist = join(work, 'electron-dist');
    mkdirSync(join(dist, 'resources'), { recursive: true });
    mkdirSync(join(dist, 'locales'));
    writeFileSync(join(dist, 'version'), '45.4.1');
    const binary = join(dist, 'electron');
    writeFileSync(binary, `#!/bin/sh\necho stand-in electron\n# ${FUSE_SENTINEL}\x01\x08${ELECTRON_DEFAULT_FUSES}\n`, 'latin1');
    chmodSync(binary, 0o755);
    const out = join(work, 'out');
    await run(
      'npx',
      [
        'electron-builder',
        '--dir',
        '--linux',
        '--config',
        'electron-builder.yml',
        `--config.electronDist=${dist}`,
        `--config.directories.output=${out}`,
      ],
      { cwd: repoRoot, timeout: 180_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    appDir = join(out, 'linux-unpacked');
  }, 200_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('produces app.asar with the built main and preload, and no sources', () => {
    const archive = join(appDir, 'resources/app.asar');
    expect(existsSync(archive)).toBe(true);
    const entries = asar.listPackage(archive).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/package.json']));
    expect(entries.filter((entry) => entry.startsWith('/src/') || entry.startsWith('/tests/'))).toEqual([]);
    expect(entries).toContain('/node_modules/electron-store/package.json');
    expect(entries.some((entry) => entry.startsWith('/node_modules/tsx/'))).toBe(false);
  });

  it('flips the fuses in the packaged binary as the config states', async () => {
    const binary = join(appDir, 'baton');
    expect(existsSync(binary)).toBe(true);
    const wire = await fuses.getCurrentFuseWire(binary);
    const states = Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === 49]));
    const { resetAdHocDarwinSignature: _notAFuse, ...expected } = config.electronFuses;
    expect(states).toEqual(expected);
  });
});
