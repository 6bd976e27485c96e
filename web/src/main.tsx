import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchSession } from './session';
import './styles/app.css';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// Who is signed in, asked now, while the words and the page's code load: the first paint waits for the
// answer (one round trip, at most a second), so the menu does not grow under the reader's eyes after it
// (session/index.tsx).
Promise.race([prefetchSession(), new Promise((resolve) => setTimeout(resolve, 1000))]).then(render);
