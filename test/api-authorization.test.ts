import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient, setUpInstance, type Client, type Response } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

/** PRODUCT.md §2, transcribed: the capabilities of each default role. */
const ALL = [
  'portfolio.admin', 'strategy.manage', 'backlog.rank', 'gate.approve', 'workflow.configure', 'item.create', 'item.edit',
  'item.move', 'item.block', 'wip.override', 'comment', 'view', 'metrics.view', 'audit.view', 'idea.submit', 'vote',
  'review.facilitate', 'integration.manage',
];
const ROLE_CAPABILITIES: Record<string, string[]> = {
  portfolio_manager: ALL,
  portfolio_office: ['strategy.manage', 'gate.approve', 'view', 'comment', 'metrics.view', 'audit.view', 'review.facilitate', 'idea.submit', 'vote'],
  project_manager: ['item.create', 'item.edit', 'item.move', 'item.block', 'wip.override', 'view', 'comment', 'metrics.view', 'idea.submit', 'vote'],
  kanban_coach: ['workflow.configure', 'view', 'comment', 'metrics.view', 'audit.view', 'idea.submit', 'vote'],
  contributor: ['item.create', 'item.edit', 'item.block', 'view', 'comment', 'idea.submit', 'vote'],
  stakeholder: ['view', 'comment', 'idea.submit', 'vote'],
};
const NON_MEMBER = 'non-member';

type World = { admin: Client; fixture: PortfolioFixture; spareUserId: string };

/**
 * A capability-protected action. `needs` is what §2/§3 require of the actor; `refusal` is how a
 * member who moves items but lacks the policy capability is refused (§3), when that differs from 403 forbidden.
 */
type Action = {
  name: string;
  needs: string[];
  refusal?: { when: string[]; status: number; code: string };
  run(world: World, actor: Client, tag: string): Promise<Response[]>;
};

const board = (w: World) => w.fixture.boardId;
const column = (w: World, key: string) => w.fixture.columns[key]!.id;

const ACTIONS: Action[] = [
  {
    name: 'rename portfolio',
    needs: ['portfolio.admin'],
    async run(w, actor, tag) {
      const { version } = (await w.admin.get(`/portfolios/${w.fixture.portfolio.id}`)).body;
      return [await actor.patch(`/portfolios/${w.fixture.portfolio.id}`, { name: `Renamed by ${tag}`, version })];
    },
  },
  {
    name: 'set a member',
    needs: ['portfolio.admin'],
    run: async (w, actor) => [await actor.put(`/portfolios/${w.fixture.portfolio.id}/members/${w.spareUserId}`, { roles: ['stakeholder'] })],
  },
  {
    name: 'put a role',
    needs: ['portfolio.admin'],
    run: async (w, actor, tag) => [await actor.put(`/portfolios/${w.fixture.portfolio.id}/roles/custom_${tag.replace(/\W/g, '_')}`, { name: 'Custom', capabilities: ['view'] })],
  },
  {
    name: 'patch a column',
    needs: ['workflow.configure'],
    run: async (w, actor, tag) => [await actor.patch(`/boards/${board(w)}/columns/${column(w, 'funnel')}`, { policy: `Policy by ${tag}` })],
  },
  {
    name: 'patch the board',
    needs: ['workflow.configure'],
    async run(w, actor, tag) {
      const { version } = (await w.admin.get(`/boards/${board(w)}`)).body;
      return [await actor.patch(`/boards/${board(w)}`, { name: `Board by ${tag}`, version })];
    },
  },
  {
    name: 'create a board',
    needs: ['workflow.configure'],
    run: async (w, actor, tag) => [await actor.post(`/portfolios/${w.fixture.portfolio.id}/boards`, { name: `Board of ${tag}` })],
  },
  {
    name: 'create an item',
    needs: ['item.create'],
    run: async (w, actor, tag) => [await actor.post(`/boards/${board(w)}/items`, { title: `Item by ${tag}` })],
  },
  {
    name: 'patch item fields',
    needs: ['item.edit'],
    async run(w, actor, tag) {
      const item = await createItem(w.admin, board(w));
      return [await actor.patch(`/items/${item.id}`, { title: `Edited by ${tag}`, tags: ['x'], version: item.version })];
    },
  },
  {
    name: 'patch item WSJF',
    needs: ['backlog.rank'],
    async run(w, actor) {
      const item = await createItem(w.admin, board(w));
      return [await actor.patch(`/items/${item.id}`, { wsjf: { userBusinessValue: 8, jobSize: 3 }, version: item.version })];
    },
  },
  {
    name: 'move across columns',
    needs: ['item.move'],
    async run(w, actor) {
      const item = await createItem(w.admin, board(w));
      return [await actor.post(`/items/${item.id}/move`, { columnId: column(w, 'reviewing') })];
    },
  },
  {
    name: 'block and unblock',
    needs: ['item.block'],
    async run(w, actor) {
      const free = await createItem(w.admin, board(w));
      const block = await actor.post(`/items/${free.id}/block`, { reason: 'Waiting' });
      const blocked = await createItem(w.admin, board(w));
      await w.admin.post(`/items/${blocked.id}/block`, { reason: 'Waiting' });
      return [block, await actor.post(`/items/${blocked.id}/unblock`, {})];
    },
  },
  {
    name: 'override a WIP limit',
    needs: ['item.move', 'wip.override'],
    refusal: { when: ['item.move'], status: 409, code: 'wip_limit_exceeded' },
    async run(w, actor, tag) {
      const item = await createItem(w.admin, board(w));
      return [await actor.post(`/items/${item.id}/move`, { columnId: column(w, 'analyzing'), override: { reason: `Expedite for ${tag}` } })];
    },
  },
  {
    name: 'enter a gated column',
    needs: ['item.move', 'gate.approve'],
    refusal: { when: ['item.move'], status: 403, code: 'approval_required' },
    async run(w, actor) {
      const item = await createItem(w.admin, board(w));
      return [await actor.post(`/items/${item.id}/move`, { columnId: column(w, 'ready') })];
    },
  },
  {
    name: 'comment',
    needs: ['comment'],
    async run(w, actor) {
      const item = await createItem(w.admin, board(w));
      return [await actor.post(`/items/${item.id}/comments`, { body: 'A thought' })];
    },
  },
  {
    name: 'view the board and an item',
    needs: ['view'],
    async run(w, actor) {
      const item = await createItem(w.admin, board(w));
      return [await actor.get(`/boards/${board(w)}`), await actor.get(`/items/${item.id}`)];
    },
  },
  {
    name: 'read the audit log',
    needs: ['audit.view'],
    run: async (w, actor) => [await actor.get(`/portfolios/${w.fixture.portfolio.id}/audit`)],
  },
];

const PRINCIPALS = [...Object.keys(ROLE_CAPABILITIES), NON_MEMBER];

describe.each(DATABASES)('authorization matrix of the default roles on %s', (database) => {
  let server: TestServer;
  let world: World;
  const actors = new Map<string, Client>();

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const { columns, boardId } = fixture;
    // Reviewing takes any number of items; Analyzing is full, so entering it needs a WIP override.
    await admin.patch(`/boards/${boardId}/columns/${columns.reviewing!.id}`, { wipLimit: null });
    await admin.patch(`/boards/${boardId}/columns/${columns.analyzing!.id}`, { wipLimit: 1 });
    await createItem(admin, boardId, { title: 'Fills Analyzing', columnId: columns.analyzing!.id });
    world = { admin, fixture, spareUserId: (await createUserClient(admin, 'Spare')).id };
    for (const role of Object.keys(ROLE_CAPABILITIES)) actors.set(role, (await addMember(admin, fixture.portfolio.id, [role], role)).client);
    actors.set(NON_MEMBER, (await createUserClient(admin, 'Non Member')).client);
  });
  afterAll(async () => server?.close());

  const cases = ACTIONS.flatMap((action) => PRINCIPALS.map((principal) => ({ action, principal })));

  it.each(cases)('$principal: $action.name', async ({ action, principal }) => {
    const held = ROLE_CAPABILITIES[principal] ?? [];
    const allowed = action.needs.every((capability) => held.includes(capability));
    const responses = await action.run(world, actors.get(principal)!, principal);
    for (const response of responses) {
      if (allowed) {
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      } else if (action.refusal && action.refusal.when.every((capability) => held.includes(capability))) {
        expectProblem(response, action.refusal.status, action.refusal.code);
      } else {
        expectProblem(response, 403, 'forbidden');
      }
    }
  });

  it('a non-member gets 403 forbidden on every endpoint of the portfolio, and does not see it listed', async () => {
    const outsider = actors.get(NON_MEMBER)!;
    const { admin, fixture } = world;
    const p = fixture.portfolio.id;
    const b = fixture.boardId;
    const item = await createItem(admin, b);
    const requests: [string, string, unknown?][] = [
      ['GET', `/portfolios/${p}`], ['PATCH', `/portfolios/${p}`, { name: 'Mine', version: 1 }],
      ['GET', `/portfolios/${p}/members`], ['PUT', `/portfolios/${p}/members/${world.spareUserId}`, { roles: ['stakeholder'] }],
      ['DELETE', `/portfolios/${p}/members/${world.spareUserId}`],
      ['GET', `/portfolios/${p}/roles`], ['PUT', `/portfolios/${p}/roles/stakeholder`, { name: 'S', capabilities: ['view'] }],
      ['DELETE', `/portfolios/${p}/roles/stakeholder`],
      ['GET', `/portfolios/${p}/boards`], ['POST', `/portfolios/${p}/boards`, { name: 'Mine' }], ['GET', `/portfolios/${p}/audit`],
      ['GET', `/boards/${b}`], ['PATCH', `/boards/${b}`, { name: 'Mine', version: 1 }],
      ['PATCH', `/boards/${b}/columns/${fixture.columns.funnel!.id}`, { policy: 'Mine' }], ['POST', `/boards/${b}/items`, { title: 'Mine' }],
      ['GET', `/items/${item.id}`], ['PATCH', `/items/${item.id}`, { title: 'Mine', version: item.version }],
      ['POST', `/items/${item.id}/move`, { columnId: fixture.columns.reviewing!.id }],
      ['POST', `/items/${item.id}/block`, { reason: 'Mine' }], ['POST', `/items/${item.id}/unblock`, {}],
      ['GET', `/items/${item.id}/history`], ['GET', `/items/${item.id}/responsibility`],
      ['GET', `/items/${item.id}/comments`], ['POST', `/items/${item.id}/comments`, { body: 'Mine' }],
    ];
    for (const [method, path, body] of requests) {
      const response = await outsider.request(method, path, body);
      expect(`${method} ${path} → ${response.status} ${response.body.code}`).toBe(`${method} ${path} → 403 forbidden`);
      expectProblem(response, 403, 'forbidden');
    }
    expect((await outsider.get('/portfolios')).body).toEqual([]);
  });
});
