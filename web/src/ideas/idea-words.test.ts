import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusWords, submitterName, whereNow, whoAnswers, whyListed } from './idea-words';

const idea = (overrides: { submittedBy?: string; submittedByGuest?: string }) => ({ submittedBy: null, submittedByGuest: null, ...overrides });
const members = new Map([['u1', 'Mia Manager']]);
const nameOf = (userId: string) => members.get(userId);

describe('how ideas read', () => {
  it('names a member submitter, a guest as a guest, and never an id', () => {
    expect(submitterName(idea({ submittedBy: 'u1' }), nameOf)).toBe('Mia Manager');
    expect(submitterName(idea({ submittedBy: 'gone' }), nameOf)).toBe('a former member');
    expect(submitterName(idea({ submittedByGuest: 'Cora Customer' }), nameOf)).toBe('Cora Customer (guest)');
    fc.assert(fc.property(fc.uuid(), (userId) => !submitterName(idea({ submittedBy: userId }), nameOf).includes(userId)));
  });

  it('says what became of an idea, with the reason it was declined', () => {
    expect(statusWords({ status: 'declined', reason: 'Out of scope this year' })).toBe('Declined: Out of scope this year');
    expect(statusWords({ status: 'declined', reason: null })).toBe('Declined.');
    const sentences = (['open', 'done', 'merged'] as const).map((status) => statusWords({ status, reason: null }));
    expect(new Set(sentences).size).toBe(3);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].+\.$/);
  });

  it('places my ideas on their board, or says they were closed', () => {
    const on = (column: string) => ({ column: { name: column }, board: { name: 'Roadmap' } });
    expect(whereNow({ status: 'open', ...on('Ready') })).toBe('In Ready on Roadmap');
    expect(whereNow({ status: 'done', ...on('Done') })).toBe('Done (In Done on Roadmap)');
    expect(whereNow({ status: 'merged', ...on('Backlog') })).toBe('Merged into another item');
    expect(whyListed({ submittedByMe: true, item: { votedByMe: true } })).toBe('You proposed it and vote for it');
    expect(whyListed({ submittedByMe: true, item: { votedByMe: false } })).toBe('You proposed it');
    expect(whyListed({ submittedByMe: false, item: { votedByMe: true } })).toBe('You vote for it');
  });

  it('says who answers for an idea and why, leaving out whoever is only consulted or informed', () => {
    expect(whoAnswers([])).toBe('Nobody is responsible for it now');
    expect(
      whoAnswers([
        { userId: 'u1', name: 'Mia Manager', reasons: ['accountable for column Backlog', 'informed about column Backlog'] },
        { userId: 'u2', name: 'Sam Stakeholder', reasons: ['informed about column Backlog'] },
        { userId: 'u3', name: 'Cora Coach', reasons: ['consulted for column Backlog'] },
      ]),
    ).toBe('Who answers for it now: Mia Manager (accountable for column Backlog)');
    expect(whoAnswers([{ userId: 'u2', name: 'Sam Stakeholder', reasons: ['informed about column Backlog'] }])).toBe('Nobody is responsible for it now');
  });
});
