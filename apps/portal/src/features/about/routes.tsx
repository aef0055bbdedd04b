import type { RouteObject } from 'react-router';
import { AboutPage } from './pages/about-page';

/** The About page (licence and data attributions), public: reachable signed in or not. */
export const aboutPublicRoutes: RouteObject[] = [{ path: 'about', element: <AboutPage /> }];
