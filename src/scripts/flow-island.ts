// On every step of the question flow: mounts the flow's Preact island from this module script
// (no inline bootstrap, so the page keeps a strict Content-Security-Policy). Its words are the
// data attributes of the element it is mounted in.
import { h, render } from 'preact';
import FlowNavigator from '../components/flow/FlowNavigator.tsx';

const root = document.getElementById('flow-island');
if (root) render(h(FlowNavigator, { announce: root.dataset.announce ?? '', partialNote: root.dataset.partialNote ?? '' }), root);
