export * from './typed-data';
export * from './verify';
export * from './link';
export * from './sign';
