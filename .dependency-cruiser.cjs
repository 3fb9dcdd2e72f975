// Import boundaries between the processes (STYLE.md §8). `npm run lint` fails on any violation.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'src/shared is pure TypeScript: it imports nothing outside src/shared (zod excepted).',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/shared/', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-stays-in-the-sandbox',
      comment: 'The renderer never imports main, preload, gateway, web, or Node built-ins.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/(main|preload|gateway|web)/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^src/renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'gateway-imports-shared-only',
      comment: 'The gateway is a separate server: it may use src/shared and packages, nothing of the desktop.',
      severity: 'error',
      from: { path: '^src/gateway/' },
      to: { path: '^src/(main|preload|renderer|web)/' },
    },
    {
      name: 'core-has-no-electron',
      comment: 'src/main/core runs in Electron and in browser mode alike: no electron import.',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: { path: ['^node_modules/electron/', '^src/main/electron/'] },
    },
    {
      name: 'core-no-electron-module',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: { path: '^electron$' },
    },
    {
      name: 'preload-imports-shared-only',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { path: '^src/(main|renderer|gateway|web)/' },
    },
    {
      name: 'web-has-no-electron',
      comment: 'Browser mode runs without Electron: it may use main/core, never main/electron.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: ['^src/main/electron/', '^src/preload/', '^electron$', '^node_modules/electron/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
