import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CAPABILITIES } from '../../../src/domain/capabilities';
import { capabilityName } from './capability-names';
import { useChoiceWhileSaving } from '../api/choice-while-saving';
import { answer, api, explain } from '../api/http';
import { keys, useRoles } from '../api/queries';
import type { Capability, Role } from '../api/types';
import { notify } from '../shell/notices';

/** Which role grants which capability; a portfolio admin edits it cell by cell (each change is audited). */
export function RolesMatrix({ portfolioId, editable }: { portfolioId: string; editable: boolean }) {
  const roles = useRoles(portfolioId);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (role: Role) => answer(api.PUT('/api/v1/portfolios/{id}/roles/{roleKey}', { params: { path: { id: portfolioId, roleKey: role.key } }, body: { name: role.name, description: role.description, capabilities: role.capabilities, version: role.version } })),
    // The box shows its new state at once; a refusal puts it back.
    onMutate: async (role) => {
      await queryClient.cancelQueries({ queryKey: keys.roles(portfolioId) });
      const previous = queryClient.getQueryData<Role[]>(keys.roles(portfolioId));
      queryClient.setQueryData<Role[]>(keys.roles(portfolioId), (list) => list?.map((r) => (r.key === role.key ? role : r)));
      return { previous };
    },
    onSuccess: (role) => notify(`Role "${role.name}" saved.`),
    onError: (error, _role, context) => {
      queryClient.setQueryData(keys.roles(portfolioId), context?.previous);
      notify(explain(error), 'error');
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.roles(portfolioId) });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId), exact: true });
    },
  });
  const choice = useChoiceWhileSaving<readonly Capability[]>();
  const toggle = (role: Role, capability: Capability, on: boolean) => {
    const held = choice.shown(role.key, role.capabilities);
    const capabilities = on ? [...held, capability] : held.filter((c) => c !== capability);
    save.mutate({ ...role, capabilities }, { onSettled: choice.hold(role.key, capabilities) });
  };
  if (!roles.data) return <p className="hint">Loading roles…</p>;
  return (
    <div className="table-scroll">
      <table className="matrix">
        <caption className="sr-only">Capabilities granted by each role</caption>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            {roles.data.map((role) => (
              <th key={role.key} scope="col" title={role.description}>
                {role.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CAPABILITIES.map((capability) => (
            <tr key={capability}>
              <th scope="row">{capabilityName(capability)}</th>
              {roles.data.map((role) => (
                <td key={role.key}>
                  <input
                    type="checkbox"
                    aria-label={`${role.name}: ${capabilityName(capability)}`}
                    checked={choice.shown(role.key, role.capabilities).includes(capability)}
                    disabled={!editable || save.isPending}
                    onChange={(e) => toggle(role, capability, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
