export * from './normalize';
export * from './divisions';
export * from './resolver';
