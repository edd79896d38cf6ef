// The screens' shared styles as a module of their own: src/app/routes.tsx loads it before any
// screen loaded on demand, and the build preloads it with each (src/app/pages.ts SCREEN_STYLES).
import './screens.css';
