/**
 * Per-platform guidance in English: how to report, keep evidence and block.
 * Source of truth: src/content/fr/platforms.ts (same keys, same order, same number of items).
 * Link texts pair with the URLs of `PLATFORM_LINKS` (src/content/platforms.ts), in the same order.
 */

import type { Catalogue } from '../catalogue.ts';

// fact: platform.common.no-dsa-form — no public « contenu illicite » form was found for these platforms,
// so the fallback is the in-app report plus a written notice under article 16 of the DSA.
const NO_DSA_FORM =
  'No form for illegal content (« contenu illicite ») was found: if reporting does not work, send a written notice (article 16 of the Digital Services Act, DSA).';

export const platforms: Catalogue['platforms'] = {
  guides: {
    instagram: {
      name: 'Instagram',
      report: [
        'Post, Reel or Story: tap "⋯", then "Report" (« Signaler » in French), then choose a reason (for example harassment or bullying).',
        'Comment: press and hold it (Android) or swipe it (iPhone), then tap "Report".',
        'Private message: press and hold the message, then tap "Report".',
        'Account: open the profile, tap "⋯", then "Report".',
        'Fake account in your name: from the profile, tap "Report", then the reason about pretending to be someone (« se fait passer pour quelqu’un » in French).',
        'No Instagram account? Someone close to you who has one can report for you.',
        'The labels change depending on the version of the app.',
        'Instagram does not tell the reported person who reported them.',
        NO_DSA_FORM,
      ],
      evidence: [
        'Link to a post: "⋯", then "Copy link" (« Copier le lien »).',
        'Write down the profile address, the username, the display name and the photo: the username can change.',
        'Private messages have no link: take a screenshot that shows the username and the date.',
        'Vanish mode (« Mode éphémère »): messages disappear once they are seen and you leave the chat.',
        'In vanish mode, the other person is told when you take a screenshot.',
        'In this mode, report straight away from the chat, before you leave it.',
        'Export: Accounts Center (« Espace comptes »), "Your information and permissions" (« Vos informations et autorisations »), then "Download your information" (« Télécharger vos informations »).',
        'Choose the time period and the format (HTML or JSON), then download from the link within 4 days.',
        'It is not known what blocking does to the messages: take your screenshots before you block.',
      ],
      block: [
        'Restrict (« Restreindre »): the person is not told; their comments are only visible to them, unless you approve them.',
        'Their messages go to your message requests, without read receipts; they can no longer see when your account is online.',
        'Restricting lets you keep an eye on the harasser without making things escalate.',
        'Block (« Bloquer »): the person is not told; they can no longer see your profile or message you.',
        'They can still mention your username elsewhere: change it if needed.',
      ],
      intimateImages:
        'Intimate images, or a threat to share them: use the dedicated help pages below. Meta removes the reported images and blocks them from being posted again on Instagram, Facebook and Messenger. For an adult, Meta’s page points to StopNCII. Under 18: talk to an adult you trust; Instagram takes part in Take It Down.',
      links: [
        'Conflicts and abuse: Instagram help',
        'Report harassment',
        'Report a fake account in your name (form)',
        'Intimate images shared without consent',
        'Threats to share images or private information',
        'Intimate images without consent: Meta’s help',
      ],
    },

    tiktok: {
      name: 'TikTok',
      report: [
        'Video: press and hold the video or tap the Share button, then "Report" (« Signaler » in French), then the reason.',
        'Comment: press and hold it, then "Report".',
        'Message: press and hold the message, then "Report".',
        'Account: profile, Share button ("⋯" on the web), "Report", then "Report account" (« Signaler le compte »).',
        'Fake account in your name: same path, then the reason about pretending to be someone (« Se faire passer pour quelqu’un » in French), then the option that says it is you (« Moi »).',
        'TikTok does not tell the author who reported them.',
      ],
      illegalContent:
        'In the same menu, choose the option to report illegal content (« Signaler un contenu illicite » in French). Give the category, the country (France) and why it is illegal; quoting the law is optional but recommended. TikTok first checks its own rules (removal everywhere), otherwise the law (blocking in France). The person who reported and the author both receive the decision, and an appeal is possible.',
      evidence: [
        'Link to a video: Share, then "Copy link" (« Copier le lien »); it usually contains the username and the video’s number.',
        'Write down the profile address (tiktok.com/@username): the username can change.',
        'No disappearing messages or screenshot alerts are known on TikTok.',
        'Export: Profile, menu, "Settings and privacy" (« Paramètres et confidentialité »), "Account" (« Compte »), then "Download your data" (« Télécharger vos données »).',
        'Choose TXT or JSON; the export includes the messages. It takes a few days to be ready, then stays available for a few days.',
        'It is not known what blocking does to the messages: take your screenshots before you block.',
      ],
      block: [
        'Block: profile, Share button or "⋯", then "Block" (« Bloquer »).',
        'The person is not told; they can no longer message you, see your posts or find your profile.',
        'Exceptions: LIVEs with several people, duets and groups you are both in.',
      ],
      intimateImages:
        'Intimate images, a sexual deepfake, or a minor involved: use TikTok’s dedicated web form, with a reply by text message or e-mail. TikTok takes part in StopNCII (adults) and Take It Down (images taken before 18).',
      links: [
        'Help centre: report a problem',
        'Report illegal content (EU)',
        'Report a fake account in your name',
        'Preventing harassment: safety centre',
      ],
    },

    snapchat: {
      name: 'Snapchat',
      report: [
        'Snap, Story or message: press and hold it, then "Report" (« Signaler » in French), then the reason.',
        'Reporting media in the app attaches a copy automatically: useful if it disappears later.',
        'Account: press and hold the name, or open the profile, then "⋯" and "Report".',
        'No account, or you want to stay anonymous: use the form on the support website.',
        'Snap never tells the reported person who reported them; they are only told if Snap takes action.',
        'Parent using Family Center (« Centre parental »): report a friend of your teen from the recent conversations (« Discussions récentes » in French) or the friends list.',
        'In that case, neither your teen nor the reported account is told.',
        NO_DSA_FORM,
      ],
      evidence: [
        'Snaps disappear after they are viewed; chats disappear after they are read or after 24 hours, depending on the setting.',
        'A message saved in the chat stays, but the other person sees that it was saved.',
        'Snapchat tells the sender when you take a screenshot, for Snaps and for chats: the author will know.',
        'To avoid the alert: photograph the screen with another device. Never for an intimate image of a minor.',
        'Write down the username, the display name and the Bitmoji.',
        'Blocking makes the chat disappear: capture everything before you block.',
        'Export: Settings, "My Data" (« Mes données »), make the request; a link arrives by e-mail (ZIP file).',
        'The export does not include conversations that were already deleted.',
      ],
      block: [
        'Block: the other person can no longer send you Snaps or messages, or see your Stories.',
        'They are not told, but to them your account seems impossible to find.',
        'The chat disappears from the list when you block: take screenshots first.',
        'More discreet: remove them as a friend; depending on the settings, they may still be able to message you, as a request.',
      ],
      intimateImages:
        'Report in the app: a copy is attached to the report, so there is no need to screenshot the image. Snap takes part in StopNCII (adults) and Take It Down (images taken before 18).',
      links: [
        'Report a safety concern',
        'Parents: report a friend of your teen (Family Center)',
        'Guide for parents and educators',
      ],
    },

    facebook: {
      name: 'Facebook and Messenger',
      report: [
        'Post, comment, profile, Page or group: "⋯", then the option to get help or report (« Obtenir de l’aide ou signaler » in French), then the reason.',
        'The label can vary: look for the report option in this menu.',
        'Message: in the conversation, tap the name or "⋯", then "Report" (« Signaler »).',
        'Fake profile in your name: profile, "⋯", "Report", the reason about pretending to be someone (« se fait passer pour quelqu’un »), then the option that says it is you (« Moi »).',
        'You may be asked for an identity document.',
        'Facebook does not tell the reported person who reported them.',
        'Reporting does not guarantee removal; follow the reply in your "Support Inbox" (« boîte de réception de l’assistance »).',
        'If they refuse, challenge the decision, then go to an out-of-court dispute settlement body.',
        NO_DSA_FORM,
      ],
      evidence: [
        'Write down the profile address; if it contains "profile.php?id=", the number after it is usually the stable ID.',
        'Link to a post: "⋯", then "Copy link" (« Copier le lien »).',
        'It is not known what blocking does to the conversation: take your screenshots before you block.',
        'Export: Settings, Accounts Center (« Espace comptes »), "Your information and permissions" (« Vos informations et autorisations »), then "Download your information" (« Télécharger vos informations »).',
        'The export includes, among other things, posts, messages and the IP addresses used to log in.',
        'Encrypted Messenger conversations may not be included: keep screenshots as well.',
      ],
      block: [
        'Block: the person is not told.',
        'They can no longer see your profile, tag you, invite you or message you.',
        'Blocking a friend also removes them from your friends list.',
        'More discreet: hide a comment; its author still sees it, other people do not.',
      ],
      intimateImages:
        'Use Meta’s dedicated form for intimate images (link below). Meta removes the reported images and blocks them from being posted again on Facebook, Instagram and Messenger. For an adult, Meta advises keeping a record of the pages before they are removed, and points to StopNCII. For a minor, do not capture anything: write down the address and the username, then use Take It Down.',
      links: [
        'Report content: Facebook help',
        'A profile is pretending to be me',
        'Intimate images: report form',
        'Intimate images without consent: Meta’s help',
        '"Not Without My Consent" resources',
        'Download your information',
      ],
    },

    x: {
      name: 'X (formerly Twitter)',
      report: [
        'Post: "⋯", then the report option (« Signaler » in French), then say who is affected (you, someone else, everyone on X) and describe what happened.',
        'X may offer to add other posts from the same account.',
        'Profile: "⋯", then the report option.',
        'Private message: press and hold the message, then the report option; on a computer, use the conversation’s info icon.',
        'Fake account in your name: use the impersonation form (link below).',
        'Follow-up e-mails repeat the text of the reported posts: be careful if the mailbox is shared.',
        'This copy of the text can be turned off.',
      ],
      illegalContent:
        'In the "⋯" menu, choose the option to report illegal content in the EU (« Signaler un contenu illicite dans l’UE » in French), or fill in the online form under the Digital Services Act (DSA) (link below).',
      evidence: [
        'Copy the link of each post: the number after "status" usually stays the same even if the username changes.',
        'No disappearing messages or screenshot alerts are known on X.',
        'Blocking does not make the conversation disappear.',
        'Export: "Settings and privacy" (« Paramètres et confidentialité »), "Your account" (« Votre compte »), then "Download an archive of your data" (« Télécharger une archive de vos données »).',
        'You need your password and a code; the archive (posts, private messages, media) can take several days.',
      ],
      block: [
        'Since November 2024, a blocked account can still see public posts.',
        'It can no longer interact with you, follow you, send you private messages or tag you; on your profile, it sees that it is blocked.',
        'So that it sees nothing at all: switch your account to protected posts (« posts protégés »).',
        'Muting (« Masquer ») is invisible to the other person.',
      ],
      intimateImages:
        'Report the post with the reason for private or non-consensual content (« Contenu privé ou non consenti » in French). X’s "Take It Down Act" procedure only applies in the United States: it does not apply in France.',
      links: [
        'Report abusive behaviour',
        'Report illegal content (EU): form',
        'Report a fake account in your name (form)',
        'Rule on private information and nudity without consent',
      ],
    },

    youtube: {
      name: 'YouTube',
      report: [
        'Video: under the player, "⋯" (More), then "Report" (« Signaler » in French), then the reason; giving the exact moment helps.',
        'Short or thumbnail: "⋯", then "Report".',
        'Comment: "⋯", then "Report".',
        'Channel: on the channel page, "About" (« À propos ») or "⋯", then "Report user" (« Signaler l’utilisateur »).',
        'Reporting the channel lets you group several videos or comments together.',
        'Fake account in your name: report the channel with the impersonation reason.',
        'Reports are anonymous.',
        'Reported content is not removed automatically; the number of reports makes no difference if the rules are respected.',
        'A video of you without consent, personal information, or AI that imitates your face or voice: make a privacy complaint to YouTube.',
        'YouTube advises contacting the author first: do not do this, go straight to the complaint.',
        'For a minor, a parent or legal representative can make this complaint.',
        'Defamation or a court decision: use the legal forms (links below).',
        'Google may publish a redacted copy of legal requests (Lumen database).',
      ],
      illegalContent:
        'No separate form under the Digital Services Act (DSA): for illegal content, use Google’s page to report content for legal reasons (« Signaler un contenu pour des raisons juridiques » in French) (link below).',
      evidence: [
        'Copy the video link: its ID comes after "watch?v=".',
        'Write down the channel link: the "channel/UC…" form should in principle stay the same; the "@username" can change.',
        'For a comment, keep its timestamped link.',
        'No disappearing messages or screenshot alerts are known on YouTube.',
      ],
      block: [
        'For a creator: "Hide user from channel" (« Masquer l’utilisateur de la chaîne ») stops them from commenting on the channel.',
        'Their old comments stay until they are deleted: take screenshots of them first.',
      ],
      links: [
        'Report a video, a comment or a channel',
        'Rule on harassment and cyberbullying',
        'Protecting your identity and privacy',
        'Privacy complaint: the rules',
        'Other legal complaints and court decisions',
        'Google: report content for legal reasons',
      ],
    },

    discord: {
      name: 'Discord',
      report: [
        'Message: right-click or press and hold, then the report option (« Signaler » in French).',
        'In a server: tell its moderators first, then Discord.',
        'Private message, or moderators who do not act: use Discord’s web form (link below).',
        'Parents, or people without an account: the same form.',
        'Discord asks for message links and IDs, not only screenshots.',
        'A message deleted before it is reported is lost as evidence: report quickly.',
      ],
      illegalContent:
        'A web form for illegal content (« contenu illicite ») exists for users in the EU; Discord’s Digital Services Act (DSA) page links to it. An appeal is possible within 6 months, then an out-of-court dispute settlement body.',
      evidence: [
        'Turn on developer mode: User Settings, "Advanced" (« Avancés »), then "Developer Mode" (« Mode développeur »).',
        'In older versions, this option was under "Appearance" (« Apparence »).',
        'Then right-click: copy the ID (« Copier l’identifiant » in French) of the user, of the server and of each message.',
        'And "Copy Message Link" (« Copier le lien du message ») for each message.',
        'The author can delete their messages at any time: copy the links and take screenshots straight away.',
        'You cannot export other people’s messages: keep links, IDs and screenshots.',
      ],
      block: [
        'Blocking stops their private messages and friend requests.',
        'Their messages in servers you share are hidden, but can be shown.',
        'The history is not deleted.',
        'The person is not told, but may guess when their messages stop going through.',
      ],
      links: [
        'Report abusive behaviour (also without an account)',
        'Web report form',
        'Illegal content and appeals (DSA)',
        'Find IDs (developer mode)',
        'How to report to Discord: moderators’ guide',
      ],
    },

    whatsapp: {
      name: 'WhatsApp',
      report: [
        'Message: press and hold the message, then "Report" (« Signaler » in French).',
        'Contact or number: open the chat, tap the contact’s name, then the option to report the contact, or to report and block (« Signaler le contact » or « Signaler et bloquer » in French).',
        'Group: open the group info, then the report option.',
        'WhatsApp then receives the last 5 messages from the person or the group, with their time and type.',
        'The reported person is not told.',
      ],
      evidence: [
        'Write down the full number with the country code, the group name, and the date and time of each message.',
        'Export the chat on Android: in the chat, "⋮", "More" (« Plus »), then "Export chat" (« Exporter la discussion »).',
        'On iPhone: tap the contact’s name, then "Export chat".',
        'Choose without media or with media (« sans médias » or « avec médias » in French); always without media if the chat contains an intimate image of a minor.',
        'The exported file cannot be imported back into WhatsApp: keep the chat too.',
        'Disappearing messages: they disappear 24 hours, 7 days or 90 days after they are sent; either person can turn them on.',
        'Export or take screenshots as soon as messages arrive, and keep the important messages (« conserver » in French): then they will not disappear.',
        'View once: screenshots and screen recordings are blocked; the media cannot be saved or forwarded.',
        'In that case, write down the date, the time and the number. Photographing the screen with another device is still possible, but never for an intimate image of a minor.',
        'The sender can "Delete for everyone" (« supprimer pour tous »): take screenshots quickly.',
      ],
      block: [
        'Block: no more calls, messages or status updates from this person. They are not told.',
        'They can no longer see your "last seen", "online", your status or your profile photo changes.',
        'The chat stays in the list: do not delete it, it is evidence.',
        'The message "You blocked this contact" (« Vous avez bloqué ce contact ») is only visible to the person who blocks.',
        'When you block, the box to report to WhatsApp (« Signaler à WhatsApp ») is ticked by default.',
      ],
      links: [
        'Block and report, step by step',
        'What happens when you block or report',
        'Export a chat',
        'Disappearing messages',
      ],
    },

    twitch: {
      name: 'Twitch',
      report: [
        'Channel or stream: "⋮" under the player or near the Share button, then "Report" (« Signaler » in French), the reason and a description.',
        'User in the chat: click their username, then "⋮" and "Report".',
        'Whisper (private message): the gear icon in the conversation, then the option to report harassment.',
        'Add screenshots, clips, dates and times.',
        'These labels come from an old help page: they may have changed.',
        NO_DSA_FORM,
      ],
      evidence: [
        'Write down the channel address (twitch.tv/username).',
        'Keep the links of clips and past broadcasts, with the exact moment.',
        'Past broadcasts and chat are usually not kept forever: create a clip or take screenshots quickly.',
        'There is no chat export: take screenshots.',
      ],
      block: [
        'Blocking stops their whispers, friend requests, "hosts" and gifted subscriptions on your channel.',
        'Their messages are hidden in chats you do not moderate.',
        'A creator can also stop a logged-in user from watching their streams.',
      ],
      links: ['Report a user, a channel or a whisper'],
    },

    roblox: {
      name: 'Roblox',
      report: [
        'In an experience: Menu (≡), then the flag next to the player or the report tab (« Signaler » in French).',
        'Choose the player and the type of abuse, write a short description, then send it (« Envoyer »).',
        'A player who has logged off can still be reported: write their username in the comment.',
        'On the website: the "Report Abuse" button (« Signaler un abus »).',
        'Report the exact message or content, not only the profile: otherwise the moderators do not see what was wrong.',
      ],
      illegalContent:
        'Form for illegal content (« contenu illicite ») in the EU (link below): the content’s address, the country, the type of illegality, an explanation, your name and your e-mail. Roblox gives reasons for its decisions; an appeal is possible within 6 months, then an out-of-court remedy.',
      evidence: [
        'Write down the number in the profile address (roblox.com/users/number/profile): in principle, it does not change.',
        'Write down the name of the experience, its address and the time.',
        'There is no chat export: take screenshots.',
      ],
      block: [
        'Block: profile, "⋯", then "Block" (« Bloquer »), or in the experience from the list of players.',
        'The blocked account can no longer contact you.',
        'The privacy settings let you limit who can chat with you.',
      ],
      links: [
        'Report a rule violation and block',
        'Report and block in an experience',
        'Report illegal content (EU)',
      ],
    },

    telegram: {
      name: 'Telegram',
      report: [
        'Message: press and hold (iPhone) or tap (Android), then "Report" (« Signaler » in French), then the reason.',
        'User: profile, "⋮", then "Report".',
        'A stranger writes to you: use the "Block" banner (« Bloquer »), with the box to report as spam (« Signaler comme spam »).',
        'You can also write an e-mail to abuse@telegram.org.',
      ],
      illegalContent:
        'Telegram’s form for illegal content (« contenu illicite ») under the Digital Services Act (DSA) (link below): name, contact details and a clear explanation. Repeated abusive reports can lead Telegram to stop handling them. A Telegram bot also serves as a DSA point of contact.',
      evidence: [
        'Each person in a private conversation can delete messages on both sides, at any time.',
        'A self-destruct timer can also be turned on: export or take screenshots straight away.',
        'A forwarded message may no longer show who wrote it: capture the original message and the profile.',
        'Export: Telegram Desktop, Settings, "Advanced" (« Avancés »), then "Export Telegram data" (« Exporter les données »).',
        'Or, in a conversation: "⋮", then "Export chat history" (« Exporter l’historique ») (HTML or JSON, media optional).',
        'Export without media if the conversation contains an intimate image of a minor.',
        'Write down the @username, which can change, and the link of public messages (t.me/channel/number).',
      ],
      block: [
        'Block: Settings, "Privacy and Security" (« Confidentialité et sécurité »), "Blocked Users" (« Utilisateurs bloqués »), or from the profile.',
        'The person is not told; they see "last seen a long time ago" (« vu il y a longtemps »).',
        'Blocking does not stop the other person from deleting your shared history: export it first.',
      ],
      links: [
        'Illegal content: how to get it removed',
        'Telegram’s DSA guide (EU)',
        'Report illegal content (EU): form',
        'DSA point of contact (Telegram bot)',
        'Export chat history',
      ],
    },

    reddit: {
      name: 'Reddit',
      report: [
        'Post or comment: "⋯", then "Report" (« Signaler » in French), then the reason (a rule of the subreddit or of Reddit).',
        'Chat: press and hold the message (mobile) or "⋯" (computer), then "Report".',
        'Online form: harassment, threats, non-consensual intimate media, abuse of minors; it asks for the permalink.',
        NO_DSA_FORM,
      ],
      evidence: [
        'Copy the permalink: "Share", then "Copy link" (« Partager », then « Copier le lien »).',
        'Write down the u/username and the name of the subreddit.',
        'Content deleted by its author disappears: take screenshots quickly.',
        'Blocking does not make the conversation disappear.',
      ],
      block: [
        'Blocking is silent.',
        'The blocked person no longer sees the posts and comments of the account that blocked them: to them, they look deleted.',
        'Exception: they can still see them if they moderate the subreddit.',
        'They can no longer message that account.',
        'Their own posts and comments stay visible, collapsed, so that they can be reported.',
      ],
      intimateImages:
        'Reddit’s report form has a category for non-consensual intimate media (« médias intimes non consentis » in French). Reddit takes part in StopNCII and Take It Down.',
      links: ['Report a post or a comment', 'Report form'],
    },
  },

  common: [
    'Capture first, act second: keep the evidence before you block, report, leave or delete.',
    'For each piece of content: a dated screenshot, its link (URL), and the author’s username and stable ID.',
    'Some apps erase the conversation when you block, after messages are read, or when the author deletes their messages.',
    'Never keep a sexual image of a minor: do not screenshot it, do not copy it, do not forward it, not even as proof.',
    'In that case, only write down the address (URL) and the username, then report to PHAROS (the government platform for reporting illegal content online), to Point de Contact or to 3018 (the national helpline for online harassment).',
    'On most platforms, the reported person does not know who reported them.',
    'They are usually told if their content is removed, but without the name of the person who reported it.',
    'Exception: a legal request (copyright, defamation, sometimes impersonation) may be passed on to them, in full or in part.',
    'For illegal content, choose the illegal content option (« contenu illicite ») when there is one.',
    'There, give the exact address of the content, explain why it is illegal, and state that you are reporting in good faith.',
    'Your name and e-mail are asked for, except for child sexual abuse content.',
    'Usernames change: also write down the numeric ID or the permanent link when there is one.',
    'The official data export adds to your screenshots; it does not replace them.',
    'It only contains what the account can still see.',
  ],
};
