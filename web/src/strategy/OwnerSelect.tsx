import type { Member } from '../api/types';

/** The member accountable for a theme or value stream; none leaves it to the holders of strategy.manage. */
export function OwnerSelect({ members, ownerId }: { members: readonly Member[]; ownerId: string | null }) {
  return (
    <label>
      Owner
      <select name="ownerId" defaultValue={ownerId ?? ''}>
        <option value="">No owner (holders of strategy.manage)</option>
        {members.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name}
          </option>
        ))}
      </select>
    </label>
  );
}
