import { describe, expect, it } from 'vitest';
import { minutesHtml, minutesMarkdown, type MinutesInput } from './review-minutes';

const minutes: MinutesInput = {
  title: 'December review',
  portfolioName: 'Growth',
  date: '2026-12-05',
  closedOn: '2026-12-05',
  facilitator: 'Ada Admin',
  attendees: ['Ada Admin', 'Bo Builder'],
  entries: [
    { sectionTitle: 'Responsibility gaps', title: 'E-2 "Loyalty v2" has no owner.', detail: 'Name an owner on the card.', responsible: [{ name: 'Ada Admin' }], note: null, resolved: false },
    { sectionTitle: 'Blocked items', title: 'E-1 "Portal" is blocked: "Vendor"', detail: 'Blocked since today; Bo Builder is clearing it.', responsible: [{ name: 'Bo Builder' }, { name: 'Kim Coach', delegations: [{ fromName: 'Olga Office', until: '2026-12-20T23:59:59.999Z' }] }], note: 'Signs on Friday', resolved: true },
  ],
  decisions: [],
  actions: [{ title: 'Call the vendor', owner: 'Bo Builder', dueDate: '2026-12-20', itemKey: 'E-1', done: false }],
};

describe('review minutes', () => {
  it('read in words: the day as a reader writes it, each entry one sentence after another', () => {
    const markdown = minutesMarkdown(minutes);
    expect(markdown).toContain('- Date: 5 Dec 2026\n');
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(markdown).toContain('- E-2 "Loyalty v2" has no owner. Name an owner on the card. Responsible: Ada Admin.\n');
    expect(markdown).toContain('- E-1 "Portal" is blocked: "Vendor" (resolved during the review). Blocked since today; Bo Builder is clearing it. Responsible: Bo Builder, Kim Coach (on behalf of Olga Office until 20 Dec 2026). Note: Signs on Friday\n');
    expect(markdown).toContain('- Call the vendor: Bo Builder, due 20 Dec 2026, on E-1\n');
    expect(minutesHtml(minutes)).toContain('<li>Date: 5 Dec 2026</li>');
  });

  it('name who decided, and on whose behalf when a delegate did', () => {
    const decided = minutesMarkdown({
      ...minutes,
      decisions: [
        { itemKey: 'E-1', itemTitle: 'Portal', kind: 'go', rationale: 'Signed.', decidedBy: 'Stan Holder', onBehalfOf: 'Vic Director' },
        { itemKey: 'E-2', itemTitle: 'Loyalty v2', kind: 'stop', rationale: 'No market.', decidedBy: 'Ada Admin', onBehalfOf: null },
      ],
    });
    expect(decided).toContain('- E-1 "Portal": Go, decided by Stan Holder on behalf of Vic Director. Signed.\n');
    expect(decided).toContain('- E-2 "Loyalty v2": Stop, decided by Ada Admin. No market.\n');
  });

  it('say when the review is still open that the minutes are a draft', () => {
    expect(minutesMarkdown({ ...minutes, closedOn: null })).toContain('- Date: 5 Dec 2026 (still open: these minutes are a draft)\n');
  });
});
