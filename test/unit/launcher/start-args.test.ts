import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendEnvFor, parseStartArgs } from '../../../src-main/launcher/start-args.js';

describe('parseStartArgs', () => {
  it('defaults to the window if possible, opening the browser in web mode, a random port and the usual data folder', () => {
    expect(parseStartArgs([])).toEqual({ web: false, open: true, port: undefined, dataDir: undefined });
  });

  it('reads every option, in both spellings of a value', () => {
    expect(parseStartArgs(['--web', '--no-open', '--port', '4123', '--data-dir=/tmp/sandbox'])).toEqual({
      web: true,
      open: false,
      port: 4123,
      dataDir: '/tmp/sandbox',
    });
  });

  it('makes a relative data folder absolute, so the printed folder is the one used', () => {
    expect(parseStartArgs(['--data-dir', 'my-data']).dataDir).toBe(resolve('my-data'));
  });

  it.each([
    [['--wbe'], /Unknown option '--wbe'/],
    [['lessons'], /positional argument/],
    [['--port'], /argument missing/],
    [['--port', '0'], /--port must be a whole number from 1 to 65535, not "0"/],
    [['--port', '70000'], /not "70000"/],
    [['--port', '80.5'], /not "80.5"/],
    [['--port', 'http'], /not "http"/],
    [['--data-dir='], /--data-dir needs a folder/],
  ])('answers %j with what is wrong and the usage', (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(message);
    expect(() => parseStartArgs(argv)).toThrow(/Usage: npm start -- \[--web\]/);
  });
});

describe('backendEnvFor', () => {
  it('passes the port and data folder to the backend as the variables it reads', () => {
    expect(backendEnvFor(parseStartArgs(['--port', '4123', '--data-dir', '/d']))).toEqual({ BACKEND_SANDBOX_PORT: '4123', BACKEND_SANDBOX_DATA_DIR: '/d' });
  });

  it('sets nothing when nothing was asked, so BACKEND_SANDBOX_DATA_DIR from the environment still counts', () => {
    expect(backendEnvFor(parseStartArgs(['--web']))).toEqual({});
  });
});
