import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadRoute } from './app';
import { currentRoute } from './lib/routes';
import './styles.css';

// The first render waits for the opening page's chunk, so it appears whole, with no loading step.
void loadRoute(currentRoute()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
