/** The page shown when the app is opened over plain HTTP on a network address (not loopback). */
export const insecureZhCN = {
  title: '请用 HTTPS 地址打开会员通',
  why: '这台平板是用 {{address}} 打开的，这不是安全连接：浏览器因此不让会员通核对 PIN 码，也不能断网启动。',
  stepsLabel: '怎么解决',
  openHttps: '打开服务器启动时显示的 https:// 地址（店主在“员工”页面也能看到它的二维码）。',
  trust: '这台平板第一次用时，先信任门店证书：打开服务器显示的“门店证书”地址，按页面步骤安装。',
  ownDomain: '门店用自己的域名时，打开 IT 给出的 https:// 地址。',
  tryHttps: '试试 {{url}}',
  trustPage: '门店证书页面',
  language: 'English',
};
