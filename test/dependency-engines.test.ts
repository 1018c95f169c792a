import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

type LockedPackage = { engines?: { node?: string } | string[] };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };

describe('dependencies', () => {
  // npm only warns when a package asks for a newer Node, so a dependency's update could drop the oldest Node we
  // promise without any test noticing until it breaks on an operator's machine.
  it('every locked package runs on the oldest Node that package.json promises', () => {
    const oldestNode = semver.minVersion(manifest.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .map(([path, locked]) => [path, Array.isArray(locked.engines) ? undefined : locked.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(oldestNode, range))
      .map(([path, range]) => `${path} needs Node ${range}`);
    expect(refusing).toEqual([]);
  });
});
