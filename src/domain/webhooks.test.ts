import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatLine, isForbiddenAddress, listensTo, MAX_ATTEMPTS, nextAttemptAt, webhookUrlErrors } from './webhooks';

describe('webhook retries', () => {
  it('waits about 1 min, 5 min, 30 min, 2 h and 6 h, then gives up after the sixth try', () => {
    const failedAt = new Date('2026-12-05T10:00:00Z');
    const waits = [1, 2, 3, 4, 5].map((attempts) => (nextAttemptAt(attempts, failedAt)!.getTime() - failedAt.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 360]);
    expect(nextAttemptAt(MAX_ATTEMPTS, failedAt)).toBeNull();
  });

  it('never waits less after more failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ATTEMPTS - 2 }), (attempts) => {
        const at = new Date(0);
        expect(nextAttemptAt(attempts + 1, at)!.getTime()).toBeGreaterThan(nextAttemptAt(attempts, at)!.getTime());
      }),
    );
  });
});

describe('webhook addresses', () => {
  it('takes http and https addresses, loopback and private networks included', () => {
    for (const url of ['https://hooks.slack.com/services/T0/B0/x', 'http://127.0.0.1:8080/hook', 'http://10.0.0.5/hook', 'http://[::1]:3000/']) expect(webhookUrlErrors(url)).toEqual([]);
  });

  it('refuses other schemes, credentials, link-local and cloud metadata addresses', () => {
    for (const url of ['ftp://example.org/', 'file:///etc/passwd', 'https://user:secret@example.org/', 'http://169.254.169.254/latest/', 'http://[fe80::1]/', 'http://[::ffff:169.254.169.254]/', 'http://metadata.google.internal/', 'http://[fd00:ec2::254]/', 'relative/path']) {
      expect(webhookUrlErrors(url).map((error) => error.field), url).toEqual(['url']);
    }
  });

  it('knows every link-local IPv4 address as forbidden', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (c, d) => isForbiddenAddress(`169.254.${c}.${d}`)));
    expect(isForbiddenAddress('169.255.0.1')).toBe(false);
  });
});

describe('webhook events', () => {
  it('listens to the types it names, or to every one with "*"', () => {
    expect(listensTo(['item.moved'], 'item.moved')).toBe(true);
    expect(listensTo(['item.moved'], 'item.created')).toBe(false);
    expect(listensTo(['*'], 'comment.created')).toBe(true);
  });
});

describe('chat lines', () => {
  const change = { actorName: 'Ada', item: { key: 'EPIC-12', title: 'Self-service onboarding' }, columnName: 'Ready', decision: null, reason: null };

  it('says who moved what where, and the decision that moved it', () => {
    expect(chatLine({ ...change, type: 'item.moved', decision: { kind: 'go', onBehalfOf: null } })).toBe("Ada moved EPIC-12 'Self-service onboarding' to Ready — approved: go");
    expect(chatLine({ ...change, type: 'item.moved' })).toBe("Ada moved EPIC-12 'Self-service onboarding' to Ready");
  });

  it('says on whose behalf a delegate decided', () => {
    expect(chatLine({ ...change, actorName: 'Stan', type: 'item.moved', decision: { kind: 'go', onBehalfOf: 'Ada' } })).toBe("Stan (on behalf of Ada) moved EPIC-12 'Self-service onboarding' to Ready — approved: go");
    expect(chatLine({ ...change, actorName: 'Stan', type: 'decision.recorded', columnName: null, decision: { kind: 'no-go', onBehalfOf: 'Ada' } })).toBe("Stan (on behalf of Ada) recorded a decision on EPIC-12 'Self-service onboarding' — declined: no-go");
  });

  it('words blocks, creations and comments (written, edited, deleted), and a change without an actor', () => {
    expect(chatLine({ ...change, type: 'item.blocked', reason: 'Waiting for legal' })).toBe("Ada blocked EPIC-12 'Self-service onboarding': Waiting for legal");
    expect(chatLine({ ...change, type: 'item.created', columnName: 'Funnel' })).toBe("Ada created EPIC-12 'Self-service onboarding' in Funnel");
    expect(chatLine({ ...change, type: 'comment.created', actorName: null })).toBe("Someone commented on EPIC-12 'Self-service onboarding'");
    expect(chatLine({ ...change, type: 'comment.updated' })).toBe("Ada edited a comment on EPIC-12 'Self-service onboarding'");
    expect(chatLine({ ...change, type: 'comment.deleted' })).toBe("Ada deleted a comment on EPIC-12 'Self-service onboarding'");
  });
});
