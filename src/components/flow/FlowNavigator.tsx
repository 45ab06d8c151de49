/**
 * The flow's island: it renders nothing visible, only a status region that announces each new
 * step, and hands link clicks to useFlowNavigation. Without JavaScript the links work as they are.
 */
import { useState } from 'preact/hooks';
import { useFlowNavigation } from '../../flow/use-flow-navigation.ts';

interface Props {
  /** The announcement, with "{title}" where the new step's heading goes (from content/flow/flow.yaml). */
  announce: string;
}

export default function FlowNavigator({ announce }: Props) {
  const [message, setMessage] = useState('');
  useFlowNavigation((heading) => setMessage(announce.replace('{title}', heading)));
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
