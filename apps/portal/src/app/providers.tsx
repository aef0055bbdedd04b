import { createTheme, CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../lib/i18n';

export const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades keep white text on filled buttons above WCAG AA contrast.
  primaryShade: { light: 8, dark: 6 },
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/** Mantine's default "dimmed" grey (gray.6) is 3.3:1 on white; gray.7 meets WCAG AA for body text. */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

interface Props {
  queryClient: QueryClient;
  children: ReactNode;
  /** 'test' turns off transitions and portals so component tests see a stable DOM. */
  env?: 'default' | 'test';
}

export function AppProviders({ queryClient, children, env = 'default' }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
          <Notifications position="top-right" />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
