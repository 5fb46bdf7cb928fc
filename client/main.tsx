import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/wall.css';
import './styles/river.css';
import './styles/alerts.css';

const root = document.getElementById('root');
if (!root) throw new Error('earshot: #root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
