// Whether the embedded demo gateway simulates bot traffic: on, unless `--no-simulator` or
// `BATON_DEMO_SIMULATOR=off` (tests and integrators trying their own bot want a quiet gateway).
export function simulatorWanted(noSimulatorFlag: boolean, env: string | undefined): boolean {
  if (noSimulatorFlag) return false;
  return env?.trim().toLowerCase() !== 'off';
}
