import type { Member } from '../api/types';
import { assignableMembers } from '../people/assignable';

/** The member accountable for a theme or value stream; none leaves it to whoever may manage strategy. */
export function OwnerSelect({ members, ownerId }: { members: readonly Member[]; ownerId: string | null }) {
  return (
    <label>
      Owner
      <select name="ownerId" defaultValue={ownerId ?? ''}>
        <option value="">No owner (whoever manages strategy)</option>
        {assignableMembers(members, [ownerId]).map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name}
          </option>
        ))}
      </select>
    </label>
  );
}
