/**
 * Runs learner-style server code the way a learner's machine would: bundled by esbuild, started
 * with `node` as a child process with PORT and DATABASE_PATH, packages found through NODE_PATH.
 * A stand-in for the real sandbox, which lives elsewhere; every process started here is stopped.
 */
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

const nodeModules = join(import.meta.dirname, '../../../node_modules');

export interface LearnerProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
    socket.unref();
    socket.once('connect', () => socket.destroy());
  });
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`the learner server exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`the learner server did not listen on ${port}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
}

/** `source` is a server.ts; `resolveDir` is where its relative imports would resolve from. */
export async function startLearnerServer(source: string, options: { databasePath: string; workDir: string; resolveDir: string }): Promise<LearnerProcess> {
  const bundled = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: options.resolveDir, sourcefile: 'server.ts' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs', // NODE_PATH only applies to require()
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const file = join(options.workDir, `server-${Date.now()}-${Math.random().toString(36).slice(2)}.cjs`);
  await writeFile(file, bundled.outputFiles[0]!.text);

  const port = await freePort();
  const child = spawn(process.execPath, [file], {
    env: { PORT: String(port), DATABASE_PATH: options.databasePath, NODE_PATH: nodeModules, PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = stopper(child);
  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
