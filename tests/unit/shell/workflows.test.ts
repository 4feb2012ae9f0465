/**
 * The GitHub workflows cannot run here, so they are checked here: each file against GitHub's
 * own workflow schema (@actions/workflow-parser, the parser behind GitHub's language services),
 * and every command in them must be a script of this project that runs on its machines too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(root, '.github/workflows');
const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
}
const read = (file: string) => parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { jobs: Record<string, Job> };

/** A command is ours when it is npm ci, npm test, npm run <a script in package.json>, or .ci/run. */
function notAProjectScript(command: string): string | null {
  const line = command.trim();
  if (line.includes('\n')) return `${line}: one command per step`;
  if (line === 'npm ci' || line === 'npm test' || line === '.ci/run') return null;
  const script = /^npm run ([\w:-]+)$/.exec(line)?.[1];
  if (script && scripts[script]) return null;
  return `${line}: not a project script`;
}

describe('GitHub workflows', () => {
  it('has the CI and release workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it('the schema check catches a workflow GitHub would reject', () => {
    const content = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: npm test\n';
    const result = parseWorkflow({ name: 'bad.yml', content }, new NoOperationTraceWriter());
    expect(
      result.context.errors
        .getErrors()
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/stepz/);
  });

  for (const file of files) {
    it(`${file} is valid against GitHub's workflow schema`, async () => {
      const content = fs.readFileSync(path.join(dir, file), 'utf8');
      const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
      const template = await convertWorkflowTemplate(result.context, result.value!);
      expect(template.errors ?? []).toEqual([]);
      expect(template.jobs.length).toBeGreaterThan(0);
    });

    it(`${file} runs only project scripts, on Node from .nvmrc`, () => {
      const jobs = Object.values(read(file).jobs);
      const problems = jobs.flatMap((job) =>
        job.steps.flatMap((step) => (step.run === undefined ? [] : [notAProjectScript(step.run)])),
      );
      expect(problems.filter(Boolean)).toEqual([]);
      for (const step of jobs.flatMap((job) => job.steps).filter((s) => s.uses?.startsWith('actions/setup-node'))) {
        expect(step.with?.['node-version-file']).toBe('.nvmrc');
      }
    });
  }

  it('CI builds and tests on Linux, macOS and Windows, and runs the Electron spec under Xvfb on Linux', () => {
    const { jobs } = read('ci.yml');
    expect(jobs.checks!.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    const runs = jobs.checks!.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run test:unit', 'npm run test:builder']));
    const linux = jobs.linux!;
    expect(linux['runs-on']).toMatch(/^ubuntu/);
    const ciRun = linux.steps.find((s) => s.run === '.ci/run') as Step & { env?: Record<string, string> };
    expect(ciRun.env?.UNKNOT_ELECTRON_E2E).toBe('1');
    expect(fs.readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/xvfb-run -a npm test/);
  });

  it('a v* tag packages with npm run dist on each OS and attaches the installers', () => {
    const { jobs } = read('release.yml');
    expect(jobs.package!.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(jobs.package!.steps.map((s) => s.run)).toContain('npm run dist');
    const upload = jobs.package!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.path)).toMatch(/AppImage[\s\S]*deb[\s\S]*exe[\s\S]*dmg/);
    expect(jobs.release!.steps.some((s) => s.uses?.startsWith('softprops/action-gh-release'))).toBe(true);
  });
});
