// Draws the radar chart with Chart.js. Only the parts a radar needs are registered, so the rest of
// Chart.js stays out of the bundle; this module is loaded on demand by RadarChart.

import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

// Distinguishable colours with enough contrast on white, also for colour-blind readers (Okabe–Ito).
const COLOURS = ['#0b5cad', '#b35c00', '#00795e', '#9e3a7a', '#5b4a9e'];

export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[]): () => void {
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: `${COLOURS[i % COLOURS.length]}22`,
        pointBackgroundColor: COLOURS[i % COLOURS.length],
        borderDash: i === 0 ? [] : [6, 3],
        fill: i === 0,
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      // The chart fills its box, whose size the page reserves before Chart.js arrives (styles/results.css).
      maintainAspectRatio: false,
      animation: false,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return () => chart.destroy();
}
