const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface TrustPageFacts {
  /** The HTTPS address of the app on the host name the tablet used. */
  readonly appUrl: string;
  /** SHA-256 fingerprint of the store CA, to compare on the tablet before trusting it. */
  readonly fingerprint: string;
  /** The store CA's name, as the tablet's settings will list it. */
  readonly caName: string;
}

// Styles inline and no script: this page is served over plain HTTP and must stay tiny and inert.
const STYLE = `body{font:17px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f4f0;color:#222}
main{max-width:880px;margin:0 auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 8px}
.lead{color:#555;margin:0 0 18px}.cols{display:grid;grid-template-columns:1fr 1fr;gap:16px}
section{background:#fff;border-radius:12px;padding:16px 20px;box-shadow:0 1px 3px #0002}
ol{margin:0;padding-left:22px}li{margin:4px 0}.en{color:#555;font-size:15px}
a.button{display:inline-block;background:#8a2b2b;color:#fff;border-radius:10px;padding:10px 18px;text-decoration:none;font-weight:600;margin:4px 8px 4px 0}
a.open{background:#1f5f3f}.fp{font:12px ui-monospace,monospace;word-break:break-all;color:#555}
@media (max-width:700px){.cols{grid-template-columns:1fr}}`;

/**
 * The page the plain-HTTP port shows: install the store's certificate once per tablet, then
 * open the app over HTTPS. Chinese first, English under it; the steps are what iPadOS and
 * Android actually ask for.
 */
export function trustPage(f: TrustPageFacts): string {
  const app = html(f.appUrl);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>信任门店证书 · Trust the store certificate</title><style>${STYLE}</style></head>
<body><main>
<h1>信任门店证书 <span class="en">Trust the store certificate</span></h1>
<p class="lead">每台平板只需做一次：装好门店证书后，会员通通过 HTTPS 打开，断网也能用、能核对 PIN 码。<br>
<span class="en">Once per tablet: with the store certificate installed, Floorbook opens over HTTPS, works offline and checks PINs.</span></p>
<div class="cols">
<section><h2>iPad</h2><ol>
<li>用 Safari 点 <a href="/floorbook-store.mobileconfig">下载描述文件</a>，选“允许”。<br><span class="en">In Safari, tap <a href="/floorbook-store.mobileconfig">download the profile</a> and allow it.</span></li>
<li>设置 → 已下载描述文件 → 安装。<br><span class="en">Settings → Profile Downloaded → Install.</span></li>
<li>设置 → 通用 → 关于本机 → 证书信任设置，打开“${html(f.caName)}”。<br><span class="en">Settings → General → About → Certificate Trust Settings: switch on “${html(f.caName)}”.</span></li>
</ol></section>
<section><h2>Android</h2><ol>
<li>点 <a href="/floorbook-store-ca.crt">下载证书</a>。<br><span class="en">Tap <a href="/floorbook-store-ca.crt">download the certificate</a>.</span></li>
<li>设置 → 安全 → 加密与凭据 → 安装证书 → CA 证书，选刚下载的文件。<br><span class="en">Settings → Security → Encryption &amp; credentials → Install a certificate → CA certificate, pick the downloaded file.</span></li>
<li>若提示，设置锁屏密码。<br><span class="en">Set a screen lock if asked.</span></li>
</ol></section>
</div>
<p><a class="button open" href="${app}">打开会员通 · Open Floorbook</a>
<a class="button" href="/floorbook-store-ca.pem">PEM 证书 · PEM file</a></p>
<p>核对证书指纹与服务器启动时显示的一致：<br><span class="en">Check the fingerprint matches the one the server printed at start:</span></p>
<p class="fp">SHA-256 ${html(f.fingerprint)}</p>
</main></body></html>
`;
}
