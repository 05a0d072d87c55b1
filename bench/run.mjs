// Runs the bundled bench (dist/bench/run.js, built by esbuild.mjs) with --expose-gc so heap
// figures start from a collected heap. Arguments pass through (--quick, --strict).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const script = path.join(root, 'dist', 'bench', 'run.js');
const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=2048', script, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
