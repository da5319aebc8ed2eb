/**
 * How the main process hands the per-launch token to the preload: one extra command-line
 * argument of the renderer (`webPreferences.additionalArguments`), the one channel that needs
 * neither IPC nor anything the page itself could read.
 */
const PREFIX = '--backend-sandbox-token=';

export function tokenArgument(token: string): string {
  return PREFIX + token;
}

/** The token from a renderer's argv, or undefined if the argument is missing or empty. */
export function parseTokenArgument(argv: readonly string[]): string | undefined {
  const argument = argv.find((arg) => arg.startsWith(PREFIX));
  const token = argument?.slice(PREFIX.length);
  return token ? token : undefined;
}
