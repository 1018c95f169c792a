import { Dialog } from './Dialog';
import { CARD_KEYS, REVIEW_KEYS, SHORTCUTS } from './shortcuts';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <h3>Anywhere</h3>
      <KeyList keys={SHORTCUTS} />
      <h3>On a card</h3>
      <KeyList keys={CARD_KEYS} />
      <h3>In a portfolio review</h3>
      <KeyList keys={REVIEW_KEYS} />
    </Dialog>
  );
}

function KeyList({ keys }: { keys: readonly { key: string; description: string }[] }) {
  return (
    <dl className="key-list">
      {keys.map(({ key, description }) => (
        <div key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{description}</dd>
        </div>
      ))}
    </dl>
  );
}
