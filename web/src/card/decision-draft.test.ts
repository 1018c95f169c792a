import { describe, expect, it } from 'vitest';
import { decisionBody, evidenceIsLinks } from './decision-draft';

describe('a decision draft', () => {
  it('sends the rationale trimmed, with its line breaks, and one link per non-blank evidence line', () => {
    expect(decisionBody({ rationale: '  Strong case.\nCapacity in January.  ', evidence: ' https://a.example/x \n\n  \nhttp://b.example/y\n' })).toEqual({
      rationale: 'Strong case.\nCapacity in January.',
      evidence: ['https://a.example/x', 'http://b.example/y'],
    });
  });

  it('sends no evidence when none was given', () => {
    expect(decisionBody({ rationale: 'Why', evidence: ' \n ' })).toEqual({ rationale: 'Why' });
  });

  it('accepts only web links as evidence', () => {
    expect(evidenceIsLinks({ rationale: '', evidence: '' })).toBe(true);
    expect(evidenceIsLinks({ rationale: '', evidence: 'https://a.example/x\nhttp://b.example' })).toBe(true);
    expect(evidenceIsLinks({ rationale: '', evidence: 'https://a.example/x\nnot a link' })).toBe(false);
    expect(evidenceIsLinks({ rationale: '', evidence: 'ftp://a.example/x' })).toBe(false);
    expect(evidenceIsLinks({ rationale: '', evidence: 'https://a.example/with space' })).toBe(false);
  });
});
