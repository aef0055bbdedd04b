export * from './page.input';
