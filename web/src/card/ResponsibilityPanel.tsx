import { explain } from '../api/http';
import { useResponsibility } from '../api/queries';
import { Avatar } from '../shell/Avatar';
import { localReason } from '../shell/format';

/** "Who is responsible?" — every person answering for the card now, each with the reasons why. */
export function ResponsibilityPanel({ itemId }: { itemId: string }) {
  const answer = useResponsibility(itemId);
  return (
    <section className="panel" aria-labelledby="responsibility-heading">
      <h3 id="responsibility-heading">Who is responsible?</h3>
      {answer.isPending && <p className="hint">Asking the server…</p>}
      {answer.isError && <p role="alert">{explain(answer.error)}</p>}
      {answer.data && answer.data.people.length === 0 && <p className="hint">Nobody: this card has no owner and its column no accountable member. That is a responsibility gap.</p>}
      <ul className="people">
        {answer.data?.people.map((person) => (
          <li key={person.userId}>
            <Avatar name={person.name} />
            <span>
              <strong>{person.name}</strong>
              <span className="reasons">{person.reasons.map((reason) => localReason(reason, person.delegations)).join(' · ')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
