/**
 * The platforms Balise has guides for and their official pages, the same in every language: each
 * locale's `platforms` words give the link texts, in this order. Source: the `platform.*` facts of
 * docs/facts/platforms.yaml. Each link carries its fact's confidence (a test checks it); only
 * « haute » and « moyenne » URLs are listed. Every URL must be reopened before each release.
 */

/** Platforms covered by docs/facts/platforms.yaml. */
export const PLATFORM_IDS = [
  'instagram',
  'tiktok',
  'snapchat',
  'facebook',
  'x',
  'youtube',
  'discord',
  'whatsapp',
  'twitch',
  'roblox',
  'telegram',
  'reddit',
] as const;

/** Stable id of a platform. */
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** An official page the UI may show: only « haute » or « moyenne » confidence. */
export interface PlatformLink {
  readonly url: string;
  readonly confidence: 'haute' | 'moyenne';
  /** Date the fact base gives for the page or its check, ISO yyyy-mm-dd (compiled 2026-11-22). */
  readonly checked: string;
}

/** Date the platform facts were compiled; shown to users as "vérifié le". */
export const PLATFORMS_CHECKED = '2026-11-22';

/** Official pages of each platform, in the order of the link texts in each locale's guides. */
export const PLATFORM_LINKS: Readonly<Record<PlatformId, readonly PlatformLink[]>> = {
  instagram: [
    // fact: platform.instagram.help-conflicts (lue)
    {
      url: 'https://help.instagram.com/527320407282978',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.instagram.report-harassment (tiers×10, « consultée 2026-07-04 »)
    {
      url: 'https://help.instagram.com/547601325292351',
      confidence: 'moyenne',
      checked: '2026-07-04',
    },
    // fact: platform.instagram.impersonation-form (tiers×10)
    {
      url: 'https://help.instagram.com/contact/636276399721841',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.instagram.intimate-images (tiers, extraits datés 2026-07-04)
    {
      url: 'https://help.instagram.com/1769410010008691',
      confidence: 'moyenne',
      checked: '2026-07-04',
    },
    // fact: platform.instagram.sextortion (lue)
    {
      url: 'https://help.instagram.com/616583228400289',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.meta.ncii (lue)
    {
      url: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii',
      confidence: 'haute',
      checked: '2026-11-22',
    },
  ],
  tiktok: [
    // fact: platform.tiktok.report-a-problem (tiers×10, version /fr/)
    {
      url: 'https://support.tiktok.com/fr/safety-hc/report-a-problem',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.tiktok.dsa-illegal-content (lue)
    {
      url: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.tiktok.impersonation (lue)
    {
      url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-an-impersonation-account',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.tiktok.bullying-prevention (tiers×10)
    {
      url: 'https://www.tiktok.com/safety/en/bullying-prevention',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  snapchat: [
    // fact: platform.snapchat.safety-reporting (lue)
    {
      url: 'https://values.snap.com/safety/safety-reporting',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.snapchat.family-center (lue (FR))
    {
      url: 'https://help.snapchat.com/hc/fr-fr/articles/8132866323476-Que-se-passe-t-il-lorsque-je-signale-l-ami-de-mon-adolescent-via-le-Centre-parental',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.snapchat.safety-education (lue)
    {
      url: 'https://values.snap.com/safety/safety-education',
      confidence: 'haute',
      checked: '2026-11-22',
    },
  ],
  facebook: [
    // fact: platform.facebook.report-content (miroir/archive)
    {
      url: 'https://www.facebook.com/help/1753719584844061',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.facebook.impersonation (tiers×10)
    {
      url: 'https://www.facebook.com/help/174210519303259',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.facebook.intimate-images-form (tiers×10)
    {
      url: 'https://www.facebook.com/help/contact/567360146613371',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.meta.ncii (lue)
    {
      url: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.meta.not-without-my-consent (miroir)
    {
      url: 'https://www.facebook.com/safety/notwithoutmyconsent',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.facebook.download-information (miroir)
    {
      url: 'https://www.facebook.com/help/contact/507739850846588',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  x: [
    // fact: platform.x.report-abusive-behavior (lue sous help.twitter.com)
    {
      url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.x.dsa-form (adresse présente dans le code web d'X)
    { url: 'https://help.x.com/forms/dsa/report', confidence: 'moyenne', checked: '2026-11-22' },
    // fact: platform.x.impersonation-form (tiers×5)
    { url: 'https://help.x.com/forms/impersonation', confidence: 'moyenne', checked: '2026-11-22' },
    // fact: platform.x.private-information (lien donné par une page officielle)
    {
      url: 'https://help.x.com/rules-and-policies/personal-information',
      confidence: 'haute',
      checked: '2026-11-22',
    },
  ],
  youtube: [
    // fact: platform.youtube.report (lue)
    {
      url: 'https://support.google.com/youtube/answer/2802027?hl=fr',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.youtube.harassment-policy (lue)
    {
      url: 'https://support.google.com/youtube/answer/2801920?hl=fr',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.youtube.privacy-identity (lue)
    {
      url: 'https://support.google.com/youtube/answer/2801895?hl=fr',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.youtube.privacy-complaint (miroir)
    {
      url: 'https://support.google.com/youtube/answer/142443?hl=fr',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.youtube.legal-complaints (miroir)
    {
      url: 'https://support.google.com/youtube/answer/6156383?hl=fr',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.google.legal-removal (source secondaire)
    {
      url: 'https://support.google.com/legal/answer/3110420?hl=fr',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  discord: [
    // fact: platform.discord.report-abusive-behavior (lue)
    {
      url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.discord.web-report-form (lien donné par la page officielle platform.discord.how-to-report)
    { url: 'https://dis.gd/request', confidence: 'moyenne', checked: '2026-11-22' },
    // fact: platform.discord.dsa-dispute-resolution (lue)
    {
      url: 'https://support.discord.com/hc/en-us/articles/17861767909527-EU-DSA-Dispute-Resolution-Options',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.discord.find-ids (tiers×10)
    {
      url: 'https://support.discord.com/hc/en-us/articles/206346498-Where-can-I-find-my-User-Server-Message-ID-',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.discord.how-to-report (lue (page ancienne))
    {
      url: 'https://discord.com/moderation/360058643194-104:-How-to-Report-Content-to-Discord',
      confidence: 'haute',
      checked: '2026-11-22',
    },
  ],
  whatsapp: [
    // fact: platform.whatsapp.block-and-report (lue)
    {
      url: 'https://faq.whatsapp.com/1142481766359885?locale=fr_FR',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.whatsapp.what-happens (lue)
    {
      url: 'https://faq.whatsapp.com/414631957536067?locale=fr_FR',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.whatsapp.export-chat (tiers×10, relue par un tiers le 26/09/2026)
    {
      url: 'https://faq.whatsapp.com/1180414079177245?locale=fr_FR',
      confidence: 'moyenne',
      checked: '2026-09-26',
    },
    // fact: platform.whatsapp.disappearing-messages (lue)
    {
      url: 'https://faq.whatsapp.com/673193694148537?locale=fr_FR',
      confidence: 'haute',
      checked: '2026-11-22',
    },
  ],
  twitch: [
    // fact: platform.twitch.user-report (tiers×7 (+ ancienne page lue))
    {
      url: 'https://help.twitch.tv/s/article/how-to-file-a-user-report?language=fr',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  roblox: [
    // fact: platform.roblox.report-and-block (lue)
    {
      url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.roblox.report-in-experience (lue)
    {
      url: 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
      confidence: 'haute',
      checked: '2026-11-22',
    },
    // fact: platform.roblox.dsa-form (tiers×10)
    {
      url: 'https://www.roblox.com/illegal-content-reporting',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  telegram: [
    // fact: platform.telegram.faq-illegal-content (tiers×10 + source secondaire)
    {
      url: 'https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.telegram.dsa-guide (miroir ; paramètre FR « setln » observé par la fiche)
    { url: 'https://telegram.org/tos/eu-dsa?setln=fr', confidence: 'haute', checked: '2026-11-22' },
    // fact: platform.telegram.dsa-report (lien donné par platform.telegram.dsa-guide)
    { url: 'https://telegram.org/dsa-report', confidence: 'haute', checked: '2026-11-22' },
    // fact: platform.telegram.dsa-contact-bot (lien donné par platform.telegram.dsa-guide)
    { url: 'https://t.me/EURegulation', confidence: 'haute', checked: '2026-11-22' },
    // fact: platform.telegram.export (tiers ; annonce de 2018)
    {
      url: 'https://telegram.org/blog/export-and-more',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
  ],
  reddit: [
    // fact: platform.reddit.report-post-comment (tiers×3)
    {
      url: 'https://support.reddithelp.com/hc/en-us/articles/360058309512-How-do-I-report-a-post-or-comment',
      confidence: 'moyenne',
      checked: '2026-11-22',
    },
    // fact: platform.reddit.report-form (source secondaire)
    { url: 'https://www.reddit.com/report', confidence: 'moyenne', checked: '2026-11-22' },
  ],
};
