// The browser tests load pages over real HTTP from the project's static server.
export { serve, type StaticServer } from '../../../scripts/static-server.ts';
