// What the README and docs/ point at: relative links (and their #headings), the commands they show (`npm run X`,
// `npm run X --workspace=Y`, `npm start`, `node path`, `cd dir && …`) and the repository paths and package entry
// points they name in code. Each must exist in today's tree, so a renamed script, file or package shows up as a failing
// test instead of a newcomer's broken first hour. Pure reading of files: no network, no git.
import fs from 'node:fs';
import path from 'node:path';

export interface Workspace {
  name: string;
  /** Folder relative to the repository root ('' for the root package). */
  dir: string;
  scripts: Set<string>;
  /** Subpaths of its `exports` map ('.' for the package itself), or null when it has none (anything may be imported). */
  exports: Set<string> | null;
}

export interface Repo {
  root: string;
  rootPackage: Workspace;
  /** Every workspace by package name. */
  byName: Map<string, Workspace>;
  /** Every package (the root included) by folder. */
  byDir: Map<string, Workspace>;
  /** Whether a repository path is one git ignores: made at run time (cms/data/, .cluster/), so never in a checkout. */
  isIgnored: (relativePath: string) => boolean;
}

function readWorkspace(root: string, dir: string): Workspace | null {
  const manifest = path.join(root, dir, 'package.json');
  if (!fs.existsSync(manifest)) return null;
  const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    name: string;
    scripts?: Record<string, string>;
    exports?: unknown;
  };
  let exports: Set<string> | null = null;
  if (typeof json.exports === 'string') exports = new Set(['.']);
  else if (json.exports && typeof json.exports === 'object') exports = new Set(Object.keys(json.exports));
  return { name: json.name, dir, scripts: new Set(Object.keys(json.scripts ?? {})), exports };
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );

/** The root .gitignore's rules, read the simple way git reads most of them (no negations are used there). */
function ignoreRules(root: string): (relativePath: string) => boolean {
  const file = path.join(root, '.gitignore');
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const rules = lines
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
    .map((line) => {
      const pattern = line.replace(/\/$/, '').replace(/^\//, '');
      const anchored = pattern.includes('/');
      return { anchored, regExp: globToRegExp(pattern) };
    });
  return (relativePath) => {
    const segments = relativePath.replace(/\/$/, '').split('/');
    return rules.some(({ anchored, regExp }) => {
      if (!anchored) return segments.some((segment) => regExp.test(segment));
      return segments.some((_, i) => regExp.test(segments.slice(0, i + 1).join('/')));
    });
  };
}

export function loadRepo(root: string): Repo {
  const rootPackage = readWorkspace(root, '')!;
  const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  const dirs = workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return fs.existsSync(path.join(root, parent))
      ? fs.readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}`)
      : [];
  });
  const byName = new Map<string, Workspace>();
  const byDir = new Map<string, Workspace>([['', rootPackage]]);
  for (const dir of dirs) {
    const workspace = readWorkspace(root, dir);
    if (!workspace) continue;
    byName.set(workspace.name, workspace);
    byDir.set(dir, workspace);
  }
  return { root, rootPackage, byName, byDir, isIgnored: ignoreRules(root) };
}

/** A placeholder the reader fills in (`<slug>`, `…`, `*`, `{slug}`), so not a name to look up. */
const PLACEHOLDER = /[<>…*{}$]|\.\.\.(?!\/)/;

/** npm's own commands a page may show; anything else after `npm` is a typo or a script run without `run`. */
const NPM_BUILTINS = new Set(['ci', 'install', 'i', 'exec', 'x', 'ls', 'version', 'help']);
/** npm commands that run the script of the same name. */
const NPM_SCRIPT_ALIASES = new Set(['start', 'test', 'stop', 'restart']);
/** node's options that take the next word as their value, so it is not the script. */
const NODE_VALUE_OPTIONS = new Set(['--import', '--require', '-r', '--loader', '--env-file']);

/** The folder a `cd` leads to, relative to the root: an absolute path is a checkout elsewhere (`cd /srv/bfp`). */
function changeDirectory(repo: Repo, cwd: string, target: string | undefined): { cwd: string; problem?: string } {
  if (!target || path.isAbsolute(target) || PLACEHOLDER.test(target)) return { cwd: '' };
  const next = path.posix.normalize(path.posix.join(cwd, target)).replace(/\/$/, '');
  if (next.startsWith('..')) return { cwd: '' };
  return fs.existsSync(path.join(repo.root, next))
    ? { cwd: next === '.' ? '' : next }
    : { cwd, problem: `\`cd ${target}\`: there is no folder ${next}/` };
}

function checkNpm(repo: Repo, cwd: string, words: string[], shown: string): string[] {
  // What follows `--` is passed to the script, not read by npm.
  const own = words.includes('--') ? words.slice(0, words.indexOf('--')) : words;
  let workspaceName: string | undefined;
  let allWorkspaces = false;
  const positional: string[] = [];
  for (let i = 1; i < own.length; i += 1) {
    const word = own[i]!;
    if (word === '--workspaces' || word === '-ws') allWorkspaces = true;
    else if (word.startsWith('--workspace=') || word.startsWith('-w='))
      workspaceName = word.slice(word.indexOf('=') + 1);
    else if (word === '--workspace' || word === '-w') workspaceName = own[++i];
    else if (!word.startsWith('-')) positional.push(word);
  }
  const [command, scriptName] = positional;
  if (!command) return [];
  let workspace = repo.byDir.get(cwd) ?? repo.rootPackage;
  if (workspaceName !== undefined) {
    if (PLACEHOLDER.test(workspaceName)) return [];
    const byPath = repo.byDir.get(path.posix.normalize(path.posix.join(cwd, workspaceName)).replace(/\/$/, ''));
    const found = repo.byName.get(workspaceName) ?? byPath;
    if (!found) return [`\`${shown}\`: no workspace is called ${workspaceName}`];
    workspace = found;
  }
  const where = workspace.dir ? `${workspace.dir}/package.json` : 'the root package.json';
  if (NPM_BUILTINS.has(command)) return [];
  const script = NPM_SCRIPT_ALIASES.has(command)
    ? command
    : command === 'run' || command === 'run-script'
      ? scriptName
      : undefined;
  if (script === undefined)
    return command === 'run' || command === 'run-script'
      ? []
      : [`\`${shown}\`: npm has no command "${command}" (a script is run with \`npm run ${command}\`)`];
  if (allWorkspaces || PLACEHOLDER.test(script)) return [];
  return workspace.scripts.has(script) ? [] : [`\`${shown}\`: ${where} has no script "${script}"`];
}

function checkNode(repo: Repo, cwd: string, words: string[], shown: string): string[] {
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    if (word === '-e' || word === '--eval' || word === '-p' || word === '--print') return [];
    if (NODE_VALUE_OPTIONS.has(word)) i += 1;
    else if (!word.startsWith('-')) {
      if (PLACEHOLDER.test(word)) return [];
      const file = path.posix.normalize(path.posix.join(cwd, word));
      return fs.existsSync(path.join(repo.root, file)) ? [] : [`\`${shown}\`: there is no file ${file}`];
    }
  }
  return [];
}

/** Checks one shell line: every npm and node command in it, each from the folder the `cd`s before it lead to. */
export function checkCommandLine(repo: Repo, line: string): string[] {
  const problems: string[] = [];
  // A comment, and what a redirection writes to, name nothing in the repository.
  const command = line.replace(/(^|\s)#.*$/, '').trim();
  let cwd = '';
  for (const segment of command.split(/\s*(?:&&|\|\||;|\|)\s*/)) {
    const words = segment
      .replace(/\s\d?>>?\s*\S+/g, '')
      .split(/\s+/)
      .filter(Boolean);
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words[0] === 'cd') {
      const moved = changeDirectory(repo, cwd, words[1]);
      cwd = moved.cwd;
      // Nothing after a cd into a folder that is not there can be judged.
      if (moved.problem) return [...problems, moved.problem];
    } else if (words[0] === 'npm') problems.push(...checkNpm(repo, cwd, words, segment));
    else if (words[0] === 'node') problems.push(...checkNode(repo, cwd, words, segment));
  }
  return problems;
}

const looksLikeCommand = (text: string) => /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:npm|node|cd)\s/.test(text);

/** A code span naming a place in the repository: `packages/links`, `cms/src/env.ts`, `sites/<slug>` (a placeholder). */
function checkPathSpan(repo: Repo, text: string): string[] {
  if (!/^\.?[\w@-][\w.@-]*(?:\/[\w.@-]+)+\/?$/.test(text)) return [];
  const relative = text.replace(/^\.\//, '').replace(/\/$/, '');
  const top = relative.split('/')[0]!;
  // Only paths that start at a folder the checkout has: `text/html`, `live/<slug>` and API paths are not files here.
  if (!fs.existsSync(path.join(repo.root, top)) || top === 'node_modules' || repo.isIgnored(relative)) return [];
  return fs.existsSync(path.join(repo.root, relative))
    ? []
    : [`\`${text}\`: there is no ${relative} in the repository`];
}

/** A code span naming a workspace package or one of its entry points: `@bfp/links`, `@bfp/static-host/headers`. */
function checkPackageSpan(repo: Repo, text: string): string[] {
  const match = /^(@bfp\/[\w.-]+)(\/[\w./-]+)?$/.exec(text);
  if (!match) return [];
  const [, name, subpath] = match as unknown as [string, string, string | undefined];
  const workspace = repo.byName.get(name);
  if (!workspace) return [`\`${text}\`: no workspace is called ${name}`];
  if (!subpath || !workspace.exports) return [];
  const key = `.${subpath}`;
  const exported = [...workspace.exports].some(
    (entry) => entry === key || (entry.includes('*') && globToRegExp(entry).test(key)),
  );
  return exported ? [] : [`\`${text}\`: ${workspace.dir}/package.json exports no "${key}"`];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMark = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMark) {
      if (fence === null) fence = fenceMark[1]!;
      else if (fenceMark[1]!.startsWith(fence)) fence = null;
      continue;
    }
    const heading = fence === null ? /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

function checkLink(repo: Repo, file: string, markdown: string, target: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return [];
  const [pathPart = '', anchor] = target.split('#', 2) as [string, string | undefined];
  const relative = pathPart
    ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(pathPart.split('?')[0]!)))
    : file;
  const absolute = path.join(repo.root, relative);
  if (pathPart && !fs.existsSync(absolute)) return [`link to ${target}: there is no ${relative}`];
  if (anchor === undefined || !relative.endsWith('.md')) return [];
  const anchors = headingAnchors(pathPart ? fs.readFileSync(absolute, 'utf8') : markdown);
  return anchors.has(anchor) ? [] : [`link to ${target}: ${relative} has no heading with the anchor #${anchor}`];
}

/**
 * Every problem in one Markdown file, as `file:line: what is wrong`. `file` is the page's path relative to the root
 * (links resolve from its folder); `markdown` its text.
 */
export function checkMarkdown(repo: Repo, file: string, markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  // Prose with the fenced blocks blanked out (line numbers kept), and the fenced blocks' shell lines.
  const prose: string[] = [];
  let fence: { mark: string; shell: boolean } | null = null;
  let pending = '';
  lines.forEach((line, index) => {
    const fenceMark = /^\s*(```+|~~~+)\s*(\S*)/.exec(line);
    if (fenceMark && (fence === null || fenceMark[1]!.startsWith(fence.mark))) {
      fence =
        fence === null
          ? { mark: fenceMark[1]!, shell: ['', 'sh', 'bash', 'shell', 'console'].includes(fenceMark[2]!) }
          : null;
      prose.push('');
      return;
    }
    if (fence === null) {
      prose.push(line);
      return;
    }
    prose.push('');
    if (!fence.shell) return;
    // A line ending in a backslash continues on the next.
    pending += line.replace(/^\s*\$\s/, '');
    if (pending.endsWith('\\')) {
      pending = pending.slice(0, -1);
      return;
    }
    for (const problem of checkCommandLine(repo, pending)) problems.push(`${file}:${index + 1}: ${problem}`);
    pending = '';
  });

  const text = prose.join('\n');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  // Code spans may wrap onto the next line; what is inside one is never a link.
  const withoutSpans = text.replace(/`[^`]+`/g, (span, offset: number) => {
    const content = span
      .slice(1, -1)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    const found = looksLikeCommand(content)
      ? checkCommandLine(repo, content)
      : [...checkPathSpan(repo, content), ...checkPackageSpan(repo, content)];
    for (const problem of found) problems.push(`${file}:${lineOf(offset)}: ${problem}`);
    return span.replace(/[^\n]/g, ' ');
  });
  for (const match of withoutSpans.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    for (const problem of checkLink(repo, file, markdown, match[1]!))
      problems.push(`${file}:${lineOf(match.index)}: ${problem}`);
  }
  return problems.sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
}
