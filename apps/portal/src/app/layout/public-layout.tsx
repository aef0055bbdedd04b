import { Anchor, Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';

/** The frame around pages for people who are not signed in (login, magic link, invitation). */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 'md', sm: 'xl' }}>
      <Container size={440} px="sm">
        <Group component="header" justify="space-between" mb="lg">
          <Text fw={800} size="xl" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper component="main" withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Title order={1} size="h2" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
        <Group component="footer" justify="center" mt="md">
          <Anchor component={Link} to="/about" size="xs" c="dimmed">
            {t('about.link')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}
