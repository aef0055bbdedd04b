import { Accordion, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const RULES = ['action', 'selected', 'newest', 'stable'] as const;

/** How Kring picks one programme when several could apply (docs/developer/referral-programmes.md). */
export function ProgrammeChoiceExplainer() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained">
      <Accordion.Item value="choice">
        <Accordion.Control>{t('programmes.choice.title')}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t('programmes.choice.intro')}
          </Text>
          <List type="ordered" size="sm" spacing={4}>
            {RULES.map((rule) => (
              <List.Item key={rule}>{t(`programmes.choice.rules.${rule}`)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('programmes.choice.ended')}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
