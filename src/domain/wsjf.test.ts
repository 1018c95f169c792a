import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWsjf, costOfDelay, WSJF_SCALE, wsjfFraction, wsjfScore, type WsjfInputs } from './wsjf';

const INPUTS = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const;
const wsjf = (userBusinessValue: number, timeCriticality: number, riskReduction: number, jobSize: number): WsjfInputs => ({ userBusinessValue, timeCriticality, riskReduction, jobSize });

const value = fc.constantFrom(...WSJF_SCALE);
const complete = fc.record({ userBusinessValue: value, timeCriticality: value, riskReduction: value, jobSize: value });
/** Inputs with at least one of the four left unset. */
const incomplete = fc
  .tuple(complete, fc.subarray([...INPUTS], { minLength: 1 }))
  .map(([inputs, unset]): WsjfInputs => ({ ...inputs, ...Object.fromEntries(unset.map((name) => [name, null])) }));

describe('costOfDelay', () => {
  it('sums user-business value, time criticality and risk reduction, leaving job size out', () => {
    expect(costOfDelay(wsjf(8, 5, 3, 13))).toBe(16);
    expect(costOfDelay(wsjf(20, 20, 20, 1))).toBe(60);
    expect(costOfDelay({ ...wsjf(1, 2, 3, 1), jobSize: null })).toBe(6);
  });

  it('is null until its three inputs are set', () => {
    expect(costOfDelay({ ...wsjf(8, 5, 3, 5), userBusinessValue: null })).toBeNull();
    expect(costOfDelay({ ...wsjf(8, 5, 3, 5), timeCriticality: null })).toBeNull();
    expect(costOfDelay({ ...wsjf(8, 5, 3, 5), riskReduction: null })).toBeNull();
  });

  it('is the sum of its inputs and grows with each of them', () => {
    fc.assert(
      fc.property(complete, fc.constantFrom('userBusinessValue', 'timeCriticality', 'riskReduction'), value, (inputs, name, other) => {
        expect(costOfDelay(inputs)).toBe(inputs.userBusinessValue + inputs.timeCriticality + inputs.riskReduction);
        const changed = { ...inputs, [name]: other };
        expect(Math.sign(costOfDelay(changed)! - costOfDelay(inputs)!)).toBe(Math.sign(other - inputs[name]));
      }),
    );
  });
});

describe('wsjfScore', () => {
  it('divides the cost of delay by the job size, rounded to two decimals', () => {
    expect(wsjfScore(wsjf(8, 5, 3, 5))).toBe(3.2);
    expect(wsjfScore(wsjf(20, 20, 20, 1))).toBe(60);
    expect(wsjfScore(wsjf(1, 1, 1, 20))).toBe(0.15);
    expect(wsjfScore(wsjf(13, 1, 1, 13))).toBe(1.15); // 15 / 13 = 1.1538…
    expect(wsjfScore(wsjf(1, 1, 1, 8))).toBe(0.38); // 3 / 8 = 0.375, halves round up
    expect(wsjfScore(wsjf(2, 1, 1, 3))).toBe(1.33); // 4 / 3
  });

  it('is null until all four inputs are set, like the exact fraction', () => {
    fc.assert(
      fc.property(incomplete, (inputs) => {
        expect(wsjfScore(inputs)).toBeNull();
        expect(wsjfFraction(inputs)).toBeNull();
      }),
    );
  });

  it('is the cost of delay over the job size, within half a hundredth, with at most two decimals', () => {
    fc.assert(
      fc.property(complete, (inputs) => {
        const score = wsjfScore(inputs)!;
        const exact = costOfDelay(inputs)! / inputs.jobSize;
        expect(Math.abs(score - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(score * 100).toBeCloseTo(Math.round(score * 100), 9);
        expect(wsjfFraction(inputs)).toEqual({ costOfDelay: costOfDelay(inputs), jobSize: inputs.jobSize });
      }),
    );
  });

  it('never falls as a cost-of-delay input grows, and never rises as the job size grows', () => {
    fc.assert(
      fc.property(complete, fc.constantFrom(...INPUTS), value, (inputs, name, other) => {
        const changed = { ...inputs, [name]: other };
        const [before, after] = [wsjfScore(inputs)!, wsjfScore(changed)!];
        const grew = other > inputs[name];
        if (name === 'jobSize') expect(grew ? after <= before : after >= before).toBe(true);
        else expect(grew ? after >= before : after <= before).toBe(true);
        // The exact value moves strictly whenever the input does.
        const exact = compareWsjf(wsjfFraction(changed)!, wsjfFraction(inputs)!);
        const expected = other === inputs[name] ? 0 : (grew ? 1 : -1) * (name === 'jobSize' ? -1 : 1);
        expect(Math.sign(exact)).toBe(expected);
      }),
    );
  });
});

describe('compareWsjf', () => {
  it('tells apart WSJFs that round to the same score, and finds equal fractions equal', () => {
    const [a, b] = [wsjfFraction(wsjf(20, 2, 1, 20))!, wsjfFraction(wsjf(13, 1, 1, 13))!]; // 1.15 and 1.1538…
    expect(wsjfScore(wsjf(20, 2, 1, 20))).toBe(wsjfScore(wsjf(13, 1, 1, 13)));
    expect(compareWsjf(b, a)).toBeGreaterThan(0);
    expect(compareWsjf(a, b)).toBeLessThan(0);
    expect(compareWsjf(wsjfFraction(wsjf(2, 2, 2, 3))!, wsjfFraction(wsjf(8, 3, 1, 6))!)).toBe(0); // 6/3 = 12/6
  });

  it('agrees with the exact quotient and is antisymmetric', () => {
    fc.assert(
      fc.property(complete, complete, (x, y) => {
        const [a, b] = [wsjfFraction(x)!, wsjfFraction(y)!];
        expect(Math.sign(compareWsjf(a, b))).toBe(Math.sign(a.costOfDelay / a.jobSize - b.costOfDelay / b.jobSize));
        // Summed rather than negated: equal fractions compare as 0 both ways, and -0 is not 0 to toBe.
        expect(Math.sign(compareWsjf(a, b)) + Math.sign(compareWsjf(b, a))).toBe(0);
      }),
    );
  });
});
