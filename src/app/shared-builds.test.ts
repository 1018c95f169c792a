import { describe, expect, it } from 'vitest';
import { sharedBuilds } from './shared-builds';

/** A build that finishes when the test says so, counting how often it was started. */
function controlledBuild() {
  const started: string[] = [];
  const finishers: ((value: string) => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const build = (label: string) => () => {
    started.push(label);
    return new Promise<string>((resolve, reject) => {
      finishers.push(resolve);
      failers.push(reject);
    });
  };
  return { started, build, finish: (index: number, value: string) => finishers[index]!(value), fail: (index: number, error: Error) => failers[index]!(error) };
}

describe('sharedBuilds', () => {
  it('lets callers of the same key and version share one running build', async () => {
    const builds = sharedBuilds<string>();
    const { started, build, finish } = controlledBuild();
    const first = builds('board', 'v1', build('first'));
    const second = builds('board', 'v1', build('second'));
    finish(0, 'text of v1');
    expect(await Promise.all([first, second])).toEqual(['text of v1', 'text of v1']);
    expect(started).toEqual(['first']);
  });

  it('starts a build of its own for another version or another key', async () => {
    const builds = sharedBuilds<string>();
    const { started, build, finish } = controlledBuild();
    const older = builds('board', 'v1', build('v1'));
    const newer = builds('board', 'v2', build('v2'));
    const other = builds('other board', 'v1', build('other'));
    finish(0, 'a');
    finish(1, 'b');
    finish(2, 'c');
    expect(await Promise.all([older, newer, other])).toEqual(['a', 'b', 'c']);
    expect(started).toEqual(['v1', 'v2', 'other']);
  });

  it('builds again once the shared build is over, whether it succeeded or failed', async () => {
    const builds = sharedBuilds<string>();
    const { started, build, finish, fail } = controlledBuild();
    const failing = builds('board', 'v1', build('failing'));
    const sharing = builds('board', 'v1', build('unused'));
    fail(0, new Error('database gone'));
    await expect(failing).rejects.toThrow('database gone');
    await expect(sharing).rejects.toThrow('database gone');
    const retry = builds('board', 'v1', build('retry'));
    finish(1, 'text');
    expect(await retry).toBe('text');
    expect(started).toEqual(['failing', 'retry']);
  });
});
