import { useEffect, useRef } from 'react';
import type { RadarSeries } from './radar';
import '../../styles/results.css';

/**
 * The radar of the key elements. The canvas is a picture for sighted users (`role="img"` with a
 * summary); the same numbers are in the table beside it. Chart.js is loaded only on this page.
 */
export function RadarChart({ labels, series, summary }: { labels: string[]; series: RadarSeries[]; summary: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([labels, series]);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let destroy: (() => void) | null = null;
    let live = true;
    // No 2D context (jsdom in unit tests): leave the canvas empty, the table says it all.
    let context: unknown = null;
    try {
      context = canvas.getContext('2d');
    } catch {
      context = null;
    }
    if (!context) return;
    void import('./radar').then(({ drawRadar }) => {
      if (live) destroy = drawRadar(canvas, labels, series);
    });
    return () => {
      live = false;
      destroy?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <div className="radar">
      <canvas ref={ref} role="img" aria-label={summary} data-testid="radar" />
    </div>
  );
}
