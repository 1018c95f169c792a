import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, OWASP_SCRYPT_PARAMETERS, scryptParametersFrom, verifyPassword } from './passwords';

describe('password hashes', () => {
  it("use OWASP's scrypt cost unless SCRYPT_COST lowers it, and refuse a cost out of range", () => {
    expect(scryptParametersFrom({})).toEqual({ N: 131072, r: 8, p: 1 });
    expect(scryptParametersFrom({ SCRYPT_COST: '14' })).toEqual({ N: 16384, r: 8, p: 1 });
    expect(() => scryptParametersFrom({ SCRYPT_COST: '40' })).toThrow(/SCRYPT_COST/);
    expect(() => scryptParametersFrom({ SCRYPT_COST: 'high' })).toThrow(/SCRYPT_COST/);
  });

  it("at OWASP's cost store their parameters, match only their password and fit in memory", async () => {
    const hash = await hashPassword('correct horse', OWASP_SCRYPT_PARAMETERS);
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horse!', hash)).toBe(false);
  });

  it('are made again when their parameters are not the current ones', async () => {
    expect(needsRehash(await hashPassword('pw'))).toBe(false);
    const older = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
    expect(needsRehash(older)).toBe(true);
    expect(await verifyPassword('pw', older)).toBe(true);
  });

  it('refuse a stored hash whose cost would exhaust memory instead of trying it', async () => {
    await expect(verifyPassword('pw', 'scrypt$1073741824$8$1$c2FsdA==$aGFzaA==')).rejects.toThrow(/out of range/);
  });
});
