import { CAPABILITY_LABELS, type Capability } from '../../../src/domain/capabilities';

/** A capability as a person reads it, from the domain's one label per capability: "Approve gated decisions". */
export function capabilityName(capability: Capability): string {
  const label = CAPABILITY_LABELS[capability];
  return label[0]!.toUpperCase() + label.slice(1);
}
