import type { OffenceId } from '../../engine/index.ts';

/**
 * How documents name each offence the facts may constitute (`offencesFor` in the engine): a
 * short noun phrase as a lawyer writes it in a letter, and the text that defines it.
 *
 * Every name and article comes from the `offences.*` facts of docs/facts (a test checks every
 * article number). The engine names what the facts *may* constitute: the words never assert
 * guilt. Left out on purpose: the struck-down "outrage en ligne" (offences.online-outrage-struck-down),
 * the unverified 312-10-1 for an adult's sextortion (offences.adult-sextortion-312-10-1),
 * penalties (they depend on facts Balise does not ask about).
 */
export const frOffences: Readonly<
  Record<OffenceId, { readonly name: string; readonly reference: string }>
> = {
  harassment: {
    name: 'Harcèlement moral commis par l’utilisation d’un service en ligne',
    reference: 'article 222-33-2-2 du Code pénal',
  },
  'school-harassment': {
    name: 'Harcèlement scolaire',
    reference: 'article 222-33-2-3 du Code pénal',
  },
  'partner-harassment': {
    name: 'Harcèlement par le conjoint, le concubin ou le partenaire de PACS, actuel ou ancien',
    reference: 'article 222-33-2-1 du Code pénal',
  },
  // Without a life together the couple's offence only may apply (fact: partners.dating-not-222-33-2-1).
  'dating-partner-harassment': {
    name: 'Harcèlement par un ou une partenaire, ou un ex, sans vie commune : peut aussi relever du harcèlement dans le couple',
    reference: 'article 222-33-2-1 du Code pénal, qui peut s’appliquer selon la relation',
  },
  // fact: work.harassment-222-33-2
  'workplace-harassment': {
    name: 'Harcèlement moral au travail',
    reference: 'article 222-33-2 du Code pénal',
  },
  threats: {
    name: 'Menaces',
    reference: 'article 222-17 du Code pénal',
  },
  insult: {
    name: 'Injure',
    reference:
      'articles 29 et 33 de la loi du 29 juillet 1881 (injure publique) ou article R621-2 du Code pénal (injure non publique)',
  },
  defamation: {
    name: 'Diffamation',
    reference:
      'articles 29 et 32 de la loi du 29 juillet 1881 (diffamation publique) ou article R621-1 du Code pénal (diffamation non publique) ; article 226-8 du Code pénal s’il s’agit d’un montage non sexuel (photo, vidéo ou voix truquée)',
  },
  'discriminatory-hate': {
    name: 'Injure ou diffamation à caractère discriminatoire',
    reference:
      'articles 29, 32 et 33 de la loi du 29 juillet 1881 (publique) ou articles R625-7, R625-8 et R625-8-1 du Code pénal (non publique)',
  },
  'intimate-images': {
    name: 'Diffusion sans accord d’images à caractère sexuel',
    reference:
      'article 226-2-1 du Code pénal, ou article 226-8-1 du Code pénal s’il s’agit d’un montage',
  },
  'child-sexual-images': {
    name: 'Images à caractère sexuel d’un mineur',
    reference: 'article 227-23 du Code pénal',
  },
  'sexual-solicitation-of-minor': {
    name: 'Sollicitation par un majeur d’images pornographiques d’un mineur',
    reference:
      'article 227-23-1 du Code pénal, et article 227-22-2 du Code pénal s’il y a incitation à des actes sexuels',
  },
  // Whatever the victim's age (fact: offences.blackmail-any-age).
  blackmail: {
    name: 'Chantage ou extorsion',
    reference: 'article 312-10 du Code pénal (chantage) ou article 312-1 du Code pénal (extorsion)',
  },
  'identity-theft': {
    name: 'Usurpation d’identité',
    reference: 'article 226-4-1 du Code pénal',
  },
  doxxing: {
    name: 'Divulgation d’informations personnelles exposant à un danger',
    reference: 'article 223-1-1 du Code pénal',
  },
  // fact: offences.terrorism-421-2-5
  'terrorist-content': {
    name: 'Provocation directe à des actes de terrorisme ou apologie du terrorisme',
    reference: 'article 421-2-5 du Code pénal',
  },
};
