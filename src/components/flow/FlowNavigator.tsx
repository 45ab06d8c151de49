/**
 * The flow's island: it renders nothing visible, only a status region that announces each new
 * step, and hands link clicks and history to useFlowNavigation, which runs the flow's machine.
 * Without JavaScript the links work as they are. Its words come from content/flow/flow.yaml,
 * through the data attributes of the element it is mounted in (see scripts/flow-island.ts).
 */
import { useState } from 'preact/hooks';
import { useFlowNavigation } from '../../flow/use-flow-navigation.ts';
import { showNote } from '../../flow/page-swap.ts';

interface FlowNavigatorProps {
  /** The announcement, with "{title}" where the new step's heading goes. */
  announce: string;
  /** The note on a step reached from an address whose end was not understood. */
  partialNote: string;
}

export default function FlowNavigator({ announce, partialNote }: FlowNavigatorProps) {
  const [message, setMessage] = useState('');
  useFlowNavigation({
    onShown: (heading) => setMessage(announce.replace('{title}', heading)),
    onPartial: () => {
      showNote(partialNote);
      setMessage(partialNote);
    },
  });
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
