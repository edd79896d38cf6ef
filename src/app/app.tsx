import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes.tsx';
import './styles.css';

/** Balise: the router around every screen. */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
