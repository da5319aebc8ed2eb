export * from './api.js';
export * from './events.js';
export * from './solution.js';
export * from './workbench.js';
