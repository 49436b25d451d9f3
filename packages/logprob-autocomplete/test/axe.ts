// Runs axe-core (loaded once from /test/axe-core.js, see axe-core-plugin.mjs) on a part of the page
// and returns its serious and critical violations, as readable lines.
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    const script = document.createElement('script');
    script.src = '/test/axe-core.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
      document.head.append(script);
    });
  }
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

/** The serious and critical axe-core violations inside `context`, one line each (empty when none). */
export async function seriousViolations(context: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}

/** Every axe-core violation inside `context`, whatever its impact (for reports). */
export async function allViolations(context: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')}`));
}
