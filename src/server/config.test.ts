import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('the memory settings', () => {
  it('bound each cache by megabytes, with defaults, and refuse what is not a number of megabytes', () => {
    expect(configFromEnv({})).toMatchObject({ boardCacheMb: 32, flowCacheMb: 32, markdownCacheMb: 8, sqliteCacheMb: 4 });
    expect(configFromEnv({ BOARD_CACHE_MB: '4', FLOW_CACHE_MB: '0', MARKDOWN_CACHE_MB: '1.5', SQLITE_CACHE_MB: '16' })).toMatchObject({ boardCacheMb: 4, flowCacheMb: 0, markdownCacheMb: 1.5, sqliteCacheMb: 16 });
    expect(() => configFromEnv({ SQLITE_CACHE_MB: 'a lot' })).toThrow('SQLITE_CACHE_MB must be a number of megabytes (0 or more), not "a lot".');
    expect(() => configFromEnv({ MARKDOWN_CACHE_MB: 'lots' })).toThrow('MARKDOWN_CACHE_MB must be a number of megabytes (0 or more), not "lots".');
    expect(() => configFromEnv({ BOARD_CACHE_MB: '-1' })).toThrow('BOARD_CACHE_MB must be a number of megabytes (0 or more), not "-1".');
  });
});
