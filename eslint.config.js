// Lint: typescript-eslint type-checked rules per environment, plus the "one module owns it" import rules
// (STYLE.md §8). Import boundaries between src/ folders are checked by dependency-cruiser.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A package (or named export) that only one module may import, and who that is. */
function onlyIn(name, importNames, message) {
  return importNames
    ? { name, importNames, message }
    : { name, message };
}

const restricted = [
  onlyIn('electron', ['ipcMain'], 'ipcMain belongs to src/main/electron/ipc/registry.ts only.'),
  onlyIn('electron', ['contextBridge'], 'contextBridge belongs to src/preload/index.ts only.'),
  onlyIn('electron', ['BrowserWindow'], 'BrowserWindow belongs to src/main/electron/windows/ only (use createWindow).'),
  onlyIn('electron-store', null, 'electron-store belongs to src/main/electron/settings.ts and context-store.ts only.'),
  onlyIn('socket.io-client', null, 'socket.io-client belongs to src/main/core/link/ only.'),
];

/** The restricted list minus the entries an owner is allowed to use. */
function allowing(...allowed) {
  return [
    'error',
    {
      paths: restricted.filter(
        (r) => !allowed.some((a) => a.name === r.name && (a.importNames ?? null)?.join() === (r.importNames ?? null)?.join()),
      ),
    },
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '.baton-data/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.browser-tests.json', './tsconfig.preload.json', './tsconfig.renderer.json', './tsconfig.shared.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': allowing(),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Customer text is data: render it as text, never HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never write HTML strings into the DOM.' },
      ],
    },
  },
  { files: ['src/main/electron/ipc/registry.ts'], rules: { 'no-restricted-imports': allowing({ name: 'electron', importNames: ['ipcMain'] }) } },
  { files: ['src/preload/index.ts'], rules: { 'no-restricted-imports': allowing({ name: 'electron', importNames: ['contextBridge'] }) } },
  { files: ['src/main/electron/windows/**/*.ts'], rules: { 'no-restricted-imports': allowing({ name: 'electron', importNames: ['BrowserWindow'] }) } },
  { files: ['src/main/electron/settings.ts', 'src/main/electron/context-store.ts'], rules: { 'no-restricted-imports': allowing({ name: 'electron-store' }) } },
  { files: ['src/main/core/link/**/*.ts'], rules: { 'no-restricted-imports': allowing({ name: 'socket.io-client' }) } },
  {
    // Tests and tooling may reach for any module (they build stand-ins and real clients).
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
