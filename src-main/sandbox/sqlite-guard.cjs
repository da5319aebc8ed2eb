/**
 * Preloaded (`node --require`) into every learner process: keeps better-sqlite3 inside the
 * workspace, where Node's permission model cannot look.
 *
 * SQLite opens files from C, not through Node's `fs`, so the permission model never sees them:
 * `ATTACH '/anywhere.db'`, `VACUUM INTO '/anywhere'`, `db.backup('/anywhere')`, `new Database(
 * '/anywhere')` and `db.loadExtension(...)` (native code, with the process's full rights) would all
 * work. This guard refuses them at the one place every call passes: the native Database class
 * that better-sqlite3's JavaScript calls into (the learner can reach it too, through the object's
 * internals, so that is where the checks go). Afterwards, loading any native addon is refused,
 * so nobody gets a second, unguarded copy of the binding.
 *
 * What a JavaScript guard cannot promise: it reads SQL text, not SQLite's parse tree, and it runs
 * in the same process as the code it guards. It stops the documented API and accidents; against
 * code written to get around it, bubblewrap (where available) is the wall: there a file outside
 * the workspace is not even visible.
 */
'use strict';

const path = require('node:path');

/** Thrown for every refusal; failure-messages.ts recognises the name. */
class SandboxError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SandboxError';
  }
}

const workspace = process.cwd();

function isInsideWorkspace(filename) {
  const resolved = path.resolve(workspace, filename);
  return resolved === workspace || resolved.startsWith(workspace + path.sep);
}

function refuseOutside(filename, what) {
  if (typeof filename === 'string' && !isInsideWorkspace(filename)) {
    throw new SandboxError(`The sandbox keeps SQLite inside your workspace: ${what} "${filename}" is outside it.`);
  }
}

/**
 * The SQL with comments, string literals and quoted identifiers blanked out: what remains are
 * the keywords and bare names SQLite will parse, so `ATTACH/**\/'x'` or `"vacuum" into` cannot
 * hide a keyword, and a string that merely mentions ATTACH is no keyword.
 */
function keywordsOf(sql) {
  let out = '';
  let i = 0;
  const closers = { "'": "'", '"': '"', '`': '`', '[': ']' };
  while (i < sql.length) {
    const char = sql[i];
    if (char === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      out += ' ';
    } else if (char === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      out += ' ';
    } else if (closers[char] !== undefined) {
      // A doubled closing quote ('it''s') escapes it: scanning on past it keeps the literal whole.
      let end = sql.indexOf(closers[char], i + 1);
      while (end >= 0 && closers[char] !== ']' && sql[end + 1] === closers[char]) end = sql.indexOf(closers[char], end + 2);
      i = end < 0 ? sql.length : end + 1;
      out += ' _quoted_ ';
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

const ATTACH = /\bATTACH\b/i;
/** `VACUUM [schema] INTO 'file'`: a plain VACUUM rewrites the database in place and is fine. */
const VACUUM_INTO = /\bVACUUM(?:\s+[A-Za-z_][\w$]*)?\s+INTO\b/i;

function refuseFileSql(sql) {
  if (typeof sql !== 'string') return; // better-sqlite3 reports the wrong type itself
  const code = keywordsOf(sql);
  if (ATTACH.test(code)) {
    throw new SandboxError('The sandbox does not allow ATTACH: keep your tables in the lesson database (process.env.DATABASE_PATH).');
  }
  if (VACUUM_INTO.test(code)) {
    throw new SandboxError('The sandbox does not allow VACUUM INTO (it writes a copy of the database to a file); a plain VACUUM works.');
  }
}

/** Not writable, not configurable: learner code cannot put the original back. */
function replaceForGood(target, name, value) {
  Object.defineProperty(target, name, { value, writable: false, configurable: false, enumerable: false });
}

/** The native Database class and the addon object that holds it, loaded the way better-sqlite3 loads them. */
function loadBinding(modules) {
  const Database = require(path.join(modules, 'better-sqlite3'));
  const { cppdb } = require(path.join(modules, 'better-sqlite3', 'lib', 'util.js'));
  const probe = new Database(':memory:'); // makes better-sqlite3 load (and remember) its addon
  const NativeDatabase = probe[cppdb].constructor;
  probe.close();
  const addonPath = Object.keys(require.cache).find(
    (key) => key.endsWith('.node') && require.cache[key].exports.Database === NativeDatabase,
  );
  return { NativeDatabase, addonPath, addon: addonPath && require.cache[addonPath].exports };
}

function guardNativeDatabase(NativeDatabase, addon) {
  const proto = NativeDatabase.prototype;
  const { prepare, exec, backup } = proto;
  // (filename, filenameGiven, anonymous, ...): `anonymous` is the caller's word, so only the name counts.
  function GuardedDatabase(filename, ...rest) {
    if (filename !== '' && filename !== ':memory:') refuseOutside(filename, 'the database file');
    return Reflect.construct(NativeDatabase, [filename, ...rest], new.target ?? GuardedDatabase);
  }
  GuardedDatabase.prototype = proto;
  replaceForGood(proto, 'constructor', GuardedDatabase);
  if (addon) addon.Database = GuardedDatabase; // better-sqlite3 constructs through the addon object
  replaceForGood(proto, 'prepare', function guardedPrepare(sql, ...rest) {
    refuseFileSql(sql);
    return prepare.call(this, sql, ...rest);
  });
  replaceForGood(proto, 'exec', function guardedExec(sql, ...rest) {
    refuseFileSql(sql);
    return exec.call(this, sql, ...rest);
  });
  // (database, attachedName, destination, isNewFile)
  replaceForGood(proto, 'backup', function guardedBackup(database, attached, destination, ...rest) {
    refuseOutside(destination, 'the backup file');
    return backup.call(this, database, attached, destination, ...rest);
  });
  replaceForGood(proto, 'loadExtension', function refusedLoadExtension() {
    throw new SandboxError('The sandbox does not allow loading SQLite extensions: they are native code with your full rights.');
  });
}

function refuseNativeAddons(addonPath) {
  // Without the cached copy, a second require of the binding has to load it afresh, which dlopen refuses.
  if (addonPath) delete require.cache[addonPath];
  replaceForGood(process, 'dlopen', function refusedDlopen() {
    throw new SandboxError('The sandbox does not let your code load native addons (.node files); use the installed libraries.');
  });
}

function guard() {
  const modules = process.env.NODE_PATH;
  if (modules) {
    try {
      const { NativeDatabase, addon, addonPath } = loadBinding(modules);
      guardNativeDatabase(NativeDatabase, addon);
      refuseNativeAddons(addonPath);
      return;
    } catch (error) {
      // A missing better-sqlite3 only means the learner's own require reports it, in their context.
      if (error instanceof SandboxError) throw error;
    }
  }
  refuseNativeAddons(undefined);
}

guard();
