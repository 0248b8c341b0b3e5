import type { Messages } from './zh-CN';

export const insecureEn: Messages['insecure'] = {
  title: 'Open Floorbook at its HTTPS address',
  why: 'This tablet opened {{address}}, which is not a secure connection: the browser will not let Floorbook check PINs or start offline.',
  stepsLabel: 'How to fix it',
  openHttps:
    'Open the https:// address the server printed at start (the owner’s Staff screen shows it as a QR code too).',
  trust:
    'The first time on this tablet, trust the store certificate: open the “store certificate” address the server printed and follow its steps.',
  ownDomain: 'If the store uses its own domain, open the https:// address IT gave you.',
  tryHttps: 'Try {{url}}',
  trustPage: 'Store certificate page',
  language: '中文',
};
