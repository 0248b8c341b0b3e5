import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeQr, decodeQrFile, pixelsOf } from './decode-qr';
import './qr-scanner.css';

const FRAME_MS = 200;

type CameraState = 'starting' | 'live' | 'unavailable';

/**
 * Scan a QR code with the tablet camera; a photo taken or chosen works too, which is the
 * path when the camera cannot be opened (no permission, or the browser offers no live camera).
 */
export function QrScanner({ onResult, onClose }: { onResult: (text: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>('starting');
  const [notFound, setNotFound] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let live = true;
    const scan = async () => {
      const v = video.current;
      if (!v || v.readyState < 2) return;
      const pixels = pixelsOf(v, v.videoWidth, v.videoHeight, 640);
      const text = pixels ? await decodeQr(pixels) : null;
      if (text && live) {
        live = false;
        onResult(text);
      }
    };
    const start = async () => {
      if (!('mediaDevices' in navigator) || typeof navigator.mediaDevices.getUserMedia !== 'function') {
        setCamera('unavailable');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (!live || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        setCamera('live');
        timer = setInterval(() => void scan(), FRAME_MS);
      } catch {
        if (live) setCamera('unavailable');
      }
    };
    void start();
    return () => {
      live = false;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onResult]);

  const fromPhoto = async (file: File | undefined) => {
    if (!file) return;
    const text = await decodeQrFile(file);
    if (text) onResult(text);
    else setNotFound(true);
  };

  return (
    <div className="qr-scanner" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
      <div className="qr-scanner-panel card">
        <h2 id={`${id}-title`}>{t('qr.title')}</h2>
        <video ref={video} className="qr-scanner-video" muted playsInline hidden={camera !== 'live'} />
        {camera === 'starting' && <p className="hint">{t('qr.starting')}</p>}
        {camera === 'unavailable' && <p className="hint">{t('qr.noCamera')}</p>}
        {notFound && (
          <p className="error-text" role="alert">
            {t('qr.notFound')}
          </p>
        )}
        <div className="qr-scanner-actions">
          <label className="btn" htmlFor={`${id}-photo`}>
            {t('qr.photo')}
          </label>
          <input
            id={`${id}-photo`}
            className="sr-only"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => void fromPhoto(e.target.files?.[0])}
          />
          <button type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
