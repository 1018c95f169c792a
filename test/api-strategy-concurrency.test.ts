import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

/** Each race runs a few times: a check that reads before the other write commits would let both through at least once. */
const ROUNDS = 5;

describe.each(DATABASES)('portfolio-wide rules under concurrent writes on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Races', template: 'enterprise', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  it('lets exactly one of two concurrent edits that together close a dependency loop commit; the other gets dependency_cycle', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await createItem(admin, fixture.boardId, { title: `A${round}` });
      const b = await createItem(admin, fixture.boardId, { title: `B${round}` });
      const [aWaits, bWaits] = await Promise.all([
        admin.patch(`/items/${a.id}`, { dependsOn: [b.id], version: a.version }),
        admin.patch(`/items/${b.id}`, { dependsOn: [a.id], version: b.version }),
      ]);
      expect([aWaits.status, bWaits.status].sort(), JSON.stringify([aWaits.body, bWaits.body])).toEqual([200, 409]);
      const [accepted, refused] = aWaits.status === 200 ? [a, b] : [b, a];
      const problem = expectProblem(aWaits.status === 409 ? aWaits : bWaits, 409, 'dependency_cycle');
      expect(problem.cycle.map((entry: any) => entry.id)).toEqual([refused.id, accepted.id, refused.id]);
      expect((await admin.get(`/items/${accepted.id}`)).body.dependsOn).toEqual([refused.id]);
      expect((await admin.get(`/items/${refused.id}`)).body.dependsOn).toEqual([]);
    }
  });

  it('lets exactly one of two concurrent themes whose targets together exceed capacity be created', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { portfolio } = await createPortfolio(admin, { name: `Themes ${round}` });
      const responses = await Promise.all(['Growth', 'Efficiency'].map((name) => admin.post(`/portfolios/${portfolio.id}/themes`, { name, targetShare: 60 })));
      expect(responses.map((response) => response.status).sort(), JSON.stringify(responses.map((response) => response.body))).toEqual([201, 400]);
      expect(fieldsOf(expectProblem(responses.find((response) => response.status === 400)!, 400, 'validation_failed'))).toEqual(['targetShare']);
      expect((await admin.get(`/portfolios/${portfolio.id}/themes`)).body.map((theme: any) => theme.targetShare)).toEqual([60]);
    }
  });

  it('lets exactly one of two concurrent value streams whose targets together exceed capacity be created', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { portfolio } = await createPortfolio(admin, { name: `Streams ${round}` });
      const responses = await Promise.all(['Retail', 'Wholesale'].map((name) => admin.post(`/portfolios/${portfolio.id}/value-streams`, { name, targetShare: 60 })));
      expect(responses.map((response) => response.status).sort(), JSON.stringify(responses.map((response) => response.body))).toEqual([201, 400]);
      expect(fieldsOf(expectProblem(responses.find((response) => response.status === 400)!, 400, 'validation_failed'))).toEqual(['targetShare']);
      expect((await admin.get(`/portfolios/${portfolio.id}/value-streams`)).body.map((stream: any) => stream.targetShare)).toEqual([60]);
    }
  });
});
