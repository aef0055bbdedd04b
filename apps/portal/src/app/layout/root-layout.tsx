import { Outlet } from 'react-router';
import { LanguageSync } from './language-sync';

export function RootLayout() {
  return (
    <>
      <LanguageSync />
      <Outlet />
    </>
  );
}
