import type { StringsOf } from './en.ts';

/** English strings of the chat panel, loaded with it. */
export const enPanel = {
  /**
   * The privacy promise says what this widget's settings do: a clinic that keeps the conversation
   * for the tab (`persist="session"`) or passes questions to its page (`share-questions`) must not be
   * promised away.
   */
  greeting: ({ kept, shared }: { kept: boolean; shared: boolean }) => {
    const hi = 'Hi. Ask anything about sex therapy, in your own words.';
    const tab = 'this tab keeps the conversation until you close it or clear it.';
    if (shared) return `${hi} This website can see the questions you type here${kept ? `, and ${tab}` : '.'}`;
    if (kept) return `${hi} Nothing you type is sent anywhere; ${tab}`;
    return `${hi} Your questions stay on this device: nothing you type is sent or saved.`;
  },
  suggestionsLabel: 'Common questions',
  inputLabel: 'Your question',
  inputPlaceholder: 'Ask a question…',
  send: 'Send',
  close: 'Close chat',
  exit: 'Exit this page',
  exitHint: 'Or press Shift three times',
  clear: 'Clear conversation',
  getHelp: 'Get help now',
  disclaimer: 'General information, not therapy or medical advice. In danger? Call 911.',
  conversationLabel: 'Conversation',
  you: 'You',
  assistant: 'Answer',
  sources: 'Sources:',
  moreHelp: 'Helpful links',
  related: 'Related questions',
  reviewed: (date: string) => `Reviewed ${date}`,
  writtenBy: (clinic: string | undefined) => `Written by ${clinic ?? 'the clinic'}`,
  helpful: 'Did this help?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for the feedback.',
  alsoAsked: 'You might also mean:',
  didYouMean: 'I’m not sure I understood. Did you mean one of these?',
  noAnswer:
    'I don’t have an answer to that. I can only answer general questions about sex therapy. You could rephrase, or ask the clinic directly.',
  helpNudge: 'Struggling, or not safe right now?',
  helpNudgeLink: 'See who you can talk to',
  clinicContact: 'Contact the clinic',
  book: 'Book an appointment',
  call: (phone: string) => `Call ${phone}`,
  email: (address: string) => `Email ${address}`,
  thinking: 'Finding an answer…',
  loadError: 'Sorry, the answers could not be loaded. Please reload the page and try again.',
  tooLong: (max: number) => `Questions are limited to ${max} characters.`,
  charCount: (used: number, max: number) => `${used} of ${max} characters`,
  suggestionsAvailable: (n: number) => `${n} matching ${n === 1 ? 'question' : 'questions'}; use the up and down arrows to choose`,
  crisisHeading: 'You deserve support right now',
  crisisIntro: {
    suicide: 'It sounds like you may be thinking about ending your life or hurting yourself. You are not alone, and you can talk to someone now.',
    'sexual-assault': 'It sounds like something may have happened to you without your consent. It was not your fault, and trained people can help right now.',
    'partner-violence': 'It sounds like someone may be hurting you or making you feel unsafe. You deserve to be safe, and there is confidential help.',
    'child-abuse': 'It sounds like a child may be being hurt. Help is available now, for the child and for you.',
  },
  crisisHelpIntro: 'If you or someone you know is in danger or in crisis, these services can help right now.',
  emergency: 'If you are in immediate danger, call 911.',
  callEmergency: 'Call 911',
  backToChat: 'Back to questions',
} as const;

export type PanelStrings = StringsOf<typeof enPanel>;
