// ESM loader hooks (registered with module.register): every `import 'electron'` — from the built main
// bundle and from electron-store inside node_modules alike — resolves to the stand-in.
let standInUrl = '';

export function initialize(data) {
  standInUrl = data.standInUrl;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return { url: standInUrl, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
