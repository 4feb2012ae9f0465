/**
 * Owns the rules for what a packaged Unknot may contain, as pure checks over a listing
 * (so they are unit tested on made-up listings, and the packaging smoke test feeds them
 * the real one read back from app.asar and the resources folder):
 * the built app (out/main, out/preload, out/renderer), the content files and PNG icons,
 * package.json and the production node_modules, with better-sqlite3 trimmed to its lib/
 * and the one prebuild for the target, unpacked from the asar, and on Windows koffi trimmed
 * to its entry and the target's koffi.node, unpacked too. Nothing else.
 */

export interface AsarFile {
  /** Path inside the archive, forward slashes, no leading slash. */
  path: string;
  unpacked: boolean;
}

export interface FileSetExpectations {
  /** Lock-file package paths that are production dependencies ("node_modules/a", "node_modules/a/node_modules/b"). */
  productionPackages: ReadonlySet<string>;
  /** Production packages left out on purpose (never loaded at run time), with the reason in electron-builder.yml. */
  excludedPackages: ReadonlySet<string>;
  /** The better-sqlite3 prebuild the target needs, e.g. "linux-x64". */
  prebuild: string;
  /** Other native addons the target loads (archive paths), each required and unpacked: koffi's on Windows. */
  addons?: readonly string[];
  /** Files of resources/content and resources/icons (PNG) in the project, as "resources/…" paths. */
  resourceFiles: readonly string[];
}

/** The package a node_modules path belongs to: "node_modules/@s/p/node_modules/q/x.js" → "node_modules/@s/p/node_modules/q". */
export function packageOf(file: string): string | null {
  const parts = file.split('/');
  if (parts[0] !== 'node_modules') return null;
  let end = 0;
  let i = 0;
  while (i < parts.length - 1 && parts[i] === 'node_modules') {
    const scoped = parts[i + 1]!.startsWith('@');
    const last = i + (scoped ? 2 : 1);
    if (last >= parts.length - 1) break;
    end = last + 1;
    i = last + 1;
  }
  return end ? parts.slice(0, end).join('/') : null;
}

const REQUIRED_APP_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json'];

function isAppFile(file: string): boolean {
  return (
    file === 'package.json' ||
    // Main has two entries (the app and the transfer worker); code both use is split into out/main/chunks/.
    /^out\/(main|preload)\/(chunks\/)?[^/]+\.(c?js|mjs)$/.test(file) ||
    /^out\/renderer\/.+\.(html|js|css|woff2?|png|svg|webp|json)$/.test(file) ||
    /^resources\/content\/[^/]+\.json$/.test(file) ||
    /^resources\/icons\/[^/]+\.png$/.test(file)
  );
}

/** Problems with the files inside app.asar (unpacked ones included, as its header lists them). */
export function asarProblems(files: readonly AsarFile[], expect: FileSetExpectations): string[] {
  const problems: string[] = [];
  const paths = new Set(files.map((f) => f.path));
  const shippedPackages = new Set<string>();
  const prebuildPath = `node_modules/better-sqlite3/prebuilds/${expect.prebuild}.node`;

  for (const file of files) {
    const pkg = packageOf(file.path);
    if (pkg === null) {
      if (!isAppFile(file.path))
        problems.push(`${file.path} is not part of the app (only out/, content, icons, package.json)`);
      continue;
    }
    shippedPackages.add(pkg);
    if (!expect.productionPackages.has(pkg)) {
      problems.push(`${file.path}: ${pkg} is not a production dependency`);
    } else if (expect.excludedPackages.has(pkg)) {
      problems.push(`${file.path}: ${pkg} is excluded on purpose but shipped`);
    }
    if (file.path.endsWith('.node') && file.path !== prebuildPath && !expect.addons?.includes(file.path)) {
      problems.push(`${file.path} is a native addon for another platform or a local build`);
    }
    if (/^node_modules\/better-sqlite3\/(binding\.gyp|src\/|deps\/|build\/)/.test(file.path)) {
      problems.push(`${file.path} is better-sqlite3 build input, not run time`);
    }
    if (/^node_modules\/koffi\/(src|vendor|lib|doc)\//.test(file.path)) {
      problems.push(`${file.path} is koffi build input or docs, not run time`);
    }
  }

  for (const required of [...REQUIRED_APP_FILES, ...expect.resourceFiles]) {
    if (!paths.has(required)) problems.push(`${required} is missing`);
  }
  const prebuild = files.find((f) => f.path === prebuildPath);
  if (!prebuild) problems.push(`${prebuildPath} is missing: the packaged app could not open its database`);
  else if (!prebuild.unpacked) problems.push(`${prebuildPath} is inside the asar: a native addon must be unpacked`);
  for (const addon of expect.addons ?? []) {
    const found = files.find((f) => f.path === addon);
    if (!found) problems.push(`${addon} is missing`);
    else if (!found.unpacked) problems.push(`${addon} is inside the asar: a native addon must be unpacked`);
  }
  for (const pkg of expect.productionPackages) {
    if (!shippedPackages.has(pkg) && !expect.excludedPackages.has(pkg)) {
      problems.push(`${pkg} (a production dependency) is missing`);
    }
  }
  return problems;
}

/** Problems with the resources folder next to the asar: only app.asar and what its header marks unpacked. */
export function resourcesDirProblems(resourceFiles: readonly string[], files: readonly AsarFile[]): string[] {
  const unpacked = new Set(files.filter((f) => f.unpacked).map((f) => `app.asar.unpacked/${f.path}`));
  const problems: string[] = [];
  for (const file of resourceFiles) {
    if (file === 'app.asar' || unpacked.has(file)) continue;
    problems.push(`resources/${file} is not the app archive or one of its unpacked files`);
  }
  const onDisk = new Set(resourceFiles);
  for (const file of unpacked) {
    if (!onDisk.has(file)) problems.push(`resources/${file} is marked unpacked in app.asar but missing`);
  }
  if (!onDisk.has('app.asar')) problems.push('resources/app.asar is missing');
  return problems;
}
