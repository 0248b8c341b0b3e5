import type { Messages } from './zh-CN';

export const accessEn: Messages['access'] = {
  title: 'Lock',
  lock: {
    label: 'Lock screen',
    title: 'Who is using this tablet?',
    lead: 'Tap your name, then enter your PIN.',
    staffLabel: 'Store staff',
    noPin: 'No PIN yet — ask a manager to set one under Staff',
    downloading: 'The staff list is downloading — connect to the store network.',
    checking: 'Checking…',
  },
  pin: {
    title: '{{name}}, enter your PIN',
    padLabel: 'PIN pad',
    typed_one: '{{count}} digit typed',
    typed_other: '{{count}} digits typed',
    backspace: 'Delete',
    submit: 'OK',
    back: 'Not me',
    checking: 'Checking…',
    wrong: 'That PIN is not right.',
    triesLeft_one: '{{count}} more wrong PIN locks it for 15 minutes.',
    triesLeft_other: '{{count}} more wrong PINs lock it for 15 minutes.',
    wait: 'Wait {{time}} before trying again.',
    lockedStaff: 'Too many wrong PINs: locked. Try again in {{time}}, or ask a manager to reset your PIN.',
    lockedDevice: 'Too many wrong PINs on this tablet: locked. Try again in {{time}}.',
    failed: 'The PIN could not be checked ({{message}}); please try again.',
  },
  time: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes: '{{minutes}} min {{seconds}} s',
  },
  topbar: { lock: 'Lock' },
  settings: {
    nobody: 'Nobody',
    switchStaff: 'Lock now / switch staff',
    switchHint: 'Lock the tablet before you leave it; the next person taps her name and enters her PIN.',
  },
  readOnly: {
    title: 'This tablet has not reached the server for over {{hours}} hours: it can only show, not change.',
    lead: 'Connect to the store network to sync; then recording works again.',
  },
  refused: {
    locked: 'The tablet is locked, so this change was not saved. Enter your PIN first.',
    readOnly:
      'Read-only: this tablet has been away from the server too long, so this change was not saved. Sync, then try again.',
    needsManager:
      'Only a manager or the owner can make this change, so it was not saved. Ask one of them to sign in with their own PIN.',
    needsOwner:
      'Only the owner can make this change, so it was not saved. Ask her to sign in with her own PIN.',
  },
  revoked: {
    title: 'This tablet was revoked',
    body: 'This tablet was revoked by {{store}} on {{date}} — its local data has been deleted.',
    hint: 'To use it again, a manager enrols it again.',
    continue: 'Set up this tablet again',
  },
};
